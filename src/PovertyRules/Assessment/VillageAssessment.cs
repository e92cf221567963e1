using PovertyRules.Rules;
using PovertyRules.Rules.Village;
using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Assessment;

/// <summary>
/// The result of assessing one village for delisting: its status, its incidence and the threshold that applied, one
/// finding per applicable criterion and a receipt. Immutable.
/// </summary>
public sealed class VillageAssessment : LevelAssessment<VillageStatus>
{
    internal VillageAssessment(VillageFact fact, Receipt receipt, HouseholdTally? households)
        : this(fact, VillageCriteria.Catalog.Verdicts(fact), receipt, households)
    {
    }

    private VillageAssessment(VillageFact fact, Verdicts verdicts, Receipt receipt, HouseholdTally? households)
        : base(
            verdicts,
            StatusPrecedence.Village(StatusPrecedence.Conclude(VillageCriteria.Catalog, verdicts)),
            fact.Region.Western,
            fact.IncidenceThreshold.Value,
            fact.Incidence.Value,
            receipt,
            households)
    {
        Village = fact.Village;
        Fact = fact;
    }

    private VillageAssessment(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
        : base(VillageStatus.InvalidInput, errors, receipt, households)
    {
        Village = village;
    }

    /// <summary>The village as assessed: in a roll-up, with its remaining poor people counted from the households.</summary>
    public VillageRecord? Village { get; }

    /// <summary>The fact the village was assessed on (its record, the households not counted, the profile's parameters); <c>null</c> for invalid input.</summary>
    internal VillageFact? Fact { get; }

    /// <summary>The village's 12-digit code as recorded.</summary>
    public override string? Code => Village?.Code;

    private protected override IReadOnlyList<Finding> BuildFindings() => Fact is null ? [] : VillageCriteria.Catalog.Findings(Fact, Verdicts);

    private protected override IReadOnlyList<string> IdsOf(int mask) => VillageCriteria.Catalog.Ids(mask);

    internal static VillageAssessment Invalid(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households) =>
        new(village, errors, receipt, households);
}
