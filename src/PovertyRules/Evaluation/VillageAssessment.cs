using PovertyRules.Rules;
using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Evaluation;

/// <summary>
/// The result of assessing one village for delisting: its status, its incidence and the threshold that applied, one
/// finding per applicable criterion and a receipt. Immutable.
/// </summary>
public sealed class VillageAssessment : LevelAssessment<VillageStatus>
{
    internal VillageAssessment(VillageFact fact, HouseholdTally? households)
        : this(fact, VillageCriteria.Catalog.Summarise(fact), households)
    {
    }

    private VillageAssessment(VillageFact fact, CriteriaSummary summary, HouseholdTally? households)
        : base(
            summary,
            Name(summary.Conclusion, VillageStatus.MayDelist, VillageStatus.EligibleProcedurePending, VillageStatus.RemainsListed, VillageStatus.Undetermined),
            fact.Region.Western,
            fact.IncidenceThreshold,
            fact.Incidence,
            fact.Parameters.Receipt,
            households)
    {
        Village = fact.Village;
    }

    private VillageAssessment(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
        : base(VillageStatus.InvalidInput, errors, receipt, households)
    {
        Village = village;
    }

    /// <summary>The village as assessed: in a roll-up, with its remaining poor people counted from the households.</summary>
    public VillageRecord? Village { get; }

    /// <summary>The village's 12-digit code as recorded.</summary>
    public override string? Code => Village?.Code;

    internal static VillageAssessment Invalid(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households) =>
        new(village, errors, receipt, households);
}
