using PovertyRules.Rules;
using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Evaluation;

/// <summary>
/// The result of assessing one village for delisting: its status, its incidence and the threshold that applied, one
/// finding per applicable criterion and a receipt. Immutable.
/// </summary>
public sealed class VillageAssessment
{
    internal VillageAssessment(VillageFact fact, HouseholdTally? households)
    {
        var catalog = VillageCriteria.Catalog;
        var applicable = fact.ApplicableMask;
        var notMet = fact.NotMetMask & applicable;
        var unknown = fact.UnknownMask & applicable & ~notMet;
        Village = fact.Village;
        Households = households;
        Status = catalog.Conclude(applicable, notMet, unknown) switch
        {
            LevelConclusion.Pass => VillageStatus.MayDelist,
            LevelConclusion.ProcedurePending => VillageStatus.EligibleProcedurePending,
            LevelConclusion.Fail => VillageStatus.RemainsListed,
            _ => VillageStatus.Undetermined,
        };
        Western = fact.Region.Western;
        IncidenceThreshold = fact.IncidenceThreshold;
        Incidence = fact.Incidence;
        Findings = catalog.Findings(fact, applicable, notMet, unknown);
        FailedCriteria = catalog.Ids(notMet);
        UnknownCriteria = catalog.Ids(unknown);
        Receipt = fact.Parameters.Receipt;
        Errors = [];
    }

    private VillageAssessment(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
    {
        Village = village;
        Households = households;
        Status = VillageStatus.InvalidInput;
        Errors = errors;
        Receipt = receipt;
        Findings = [];
        FailedCriteria = [];
        UnknownCriteria = [];
    }

    /// <summary>The village as assessed: in a roll-up, with its remaining poor people counted from the households.</summary>
    public VillageRecord? Village { get; }

    /// <summary>The village's 12-digit code as recorded.</summary>
    public string? Code => Village?.Code;

    /// <summary>The outcome.</summary>
    public VillageStatus Status { get; }

    /// <summary>Whether the western-region threshold applied (by province or per-county override).</summary>
    public bool Western { get; }

    /// <summary>The incidence the village must be strictly below (a share 0–1); 0 for invalid input.</summary>
    public decimal IncidenceThreshold { get; }

    /// <summary>
    /// Remaining poor people / rural registered population (a share 0–1); <c>null</c> when either is missing or the
    /// record is invalid. In a roll-up with rejected household records it is a lower bound.
    /// </summary>
    public decimal? Incidence { get; }

    /// <summary>The households counted for the village in a roll-up; <c>null</c> when the village was assessed on its own.</summary>
    public HouseholdTally? Households { get; }

    /// <summary>Why the record was rejected; empty unless <see cref="Status"/> is <see cref="VillageStatus.InvalidInput"/>.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, parameter hash and village rule-set version the decision was made with.</summary>
    public Receipt Receipt { get; }

    /// <summary>One finding per criterion that applies under the profile, in report order; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The ids of the criteria that are not met.</summary>
    public IReadOnlyList<string> FailedCriteria { get; }

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>code: status [failed criteria]</c>.</summary>
    public override string ToString() =>
        Status == VillageStatus.InvalidInput
            ? $"{Code}: {Status} ({string.Join("; ", Errors)})"
            : $"{Code}: {Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";

    internal static VillageAssessment Invalid(VillageRecord? village, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households) =>
        new(village, errors, receipt, households);
}
