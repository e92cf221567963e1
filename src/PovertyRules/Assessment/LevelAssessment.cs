using PovertyRules.Rules;

namespace PovertyRules.Assessment;

/// <summary>
/// What a village delisting and a county de-capping assessment share: the status, the incidence tested and the
/// threshold that applied, one finding per applicable criterion, the households counted in a roll-up and a receipt.
/// Immutable.
/// </summary>
/// <typeparam name="TStatus">The level's outcome (<see cref="VillageStatus"/> or <see cref="CountyStatus"/>).</typeparam>
public abstract class LevelAssessment<TStatus>
    where TStatus : struct, Enum
{
    private protected LevelAssessment(
        CriteriaSummary summary,
        TStatus status,
        bool western,
        decimal incidenceThreshold,
        decimal? incidence,
        Receipt receipt,
        HouseholdTally? households)
    {
        Status = status;
        Western = western;
        IncidenceThreshold = incidenceThreshold;
        Incidence = incidence;
        Findings = summary.Findings;
        FailedCriteria = summary.Failed;
        UnknownCriteria = summary.Unknown;
        Receipt = receipt;
        Households = households;
        Errors = [];
    }

    private protected LevelAssessment(TStatus invalidInput, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
    {
        Status = invalidInput;
        Errors = errors;
        Receipt = receipt;
        Households = households;
        Findings = [];
        FailedCriteria = [];
        UnknownCriteria = [];
        IsInvalidInput = true;
    }

    /// <summary>The record's code as recorded (12 digits for a village, 6 for a county).</summary>
    public abstract string? Code { get; }

    /// <summary>The outcome.</summary>
    public TStatus Status { get; }

    /// <summary>Whether the western-region threshold applied (by province or per-county override).</summary>
    public bool Western { get; }

    /// <summary>The incidence threshold of the record's region (a share 0–1; the incidence must be strictly below it); 0 for invalid input.</summary>
    public decimal IncidenceThreshold { get; }

    /// <summary>
    /// Remaining poor people / rural registered population (a share 0–1); <c>null</c> when either is missing or the
    /// record is invalid. In a roll-up with rejected household records it is a lower bound.
    /// </summary>
    public decimal? Incidence { get; }

    /// <summary>The households counted for the record in a roll-up; <c>null</c> when it was assessed on its own.</summary>
    public HouseholdTally? Households { get; }

    /// <summary>Why the record was rejected; empty unless the status is invalid input.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, parameter hash and the level's rule-set version the decision was made with.</summary>
    public Receipt Receipt { get; }

    /// <summary>One finding per criterion that applies under the profile, in report order; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The ids of the criteria that are not met.</summary>
    public IReadOnlyList<string> FailedCriteria { get; }

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>Whether the record was rejected as malformed (its status is invalid input; <see cref="Errors"/> says why).</summary>
    public bool IsInvalidInput { get; }

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>code: status [failed criteria]</c>, or <c>code: status (errors)</c> for invalid input.</summary>
    public override string ToString() =>
        IsInvalidInput
            ? $"{Code}: {Status} ({string.Join("; ", Errors)})"
            : $"{Code}: {Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";
}
