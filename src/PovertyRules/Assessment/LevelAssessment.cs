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
    private IReadOnlyList<Finding>? _findings;
    private IReadOnlyList<string>? _failed;
    private IReadOnlyList<string>? _unknown;

    private protected LevelAssessment(
        Verdicts verdicts,
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
        Verdicts = verdicts;
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
        _findings = [];
        _failed = [];
        _unknown = [];
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
    /// <remarks>Built on first access (a live register or a roll-up that reads only the statuses does not pay for their text); the same on every access.</remarks>
    public IReadOnlyList<Finding> Findings => _findings ?? LazyField.Keep(ref _findings, BuildFindings());

    /// <summary>The ids of the criteria that are not met.</summary>
    public IReadOnlyList<string> FailedCriteria => _failed ?? LazyField.Keep(ref _failed, IdsOf(Verdicts.NotMet));

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria => _unknown ?? LazyField.Keep(ref _unknown, IdsOf(Verdicts.Unknown));

    /// <summary>Whether the record was rejected as malformed (its status is invalid input; <see cref="Errors"/> says why).</summary>
    public bool IsInvalidInput { get; }

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary>The verdicts as bit masks over the level's catalog (bit <c>1 &lt;&lt; criterion.Index</c>); all zero for invalid input.</summary>
    internal Verdicts Verdicts { get; }

    /// <summary>The outcome of the criterion at <paramref name="index"/> in the level's catalog; <c>null</c> when it does not apply (or the record is invalid).</summary>
    internal Outcome? OutcomeAt(int index)
    {
        var bit = 1 << index;
        return (Verdicts.Applicable & bit) == 0 ? null : (Outcome)Verdicts.Of(bit);
    }

    /// <summary>The findings of a valid assessment, from its fact and verdicts.</summary>
    private protected abstract IReadOnlyList<Finding> BuildFindings();

    /// <summary>The ids of the level's criteria whose bits are set in <paramref name="mask"/>, in report order.</summary>
    private protected abstract IReadOnlyList<string> IdsOf(int mask);

    /// <summary><c>code: status [failed criteria]</c>, or <c>code: status (errors)</c> for invalid input.</summary>
    public override string ToString() =>
        IsInvalidInput
            ? $"{Code}: {Status} ({string.Join("; ", Errors)})"
            : $"{Code}: {Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";
}
