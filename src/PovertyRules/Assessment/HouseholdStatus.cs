namespace PovertyRules.Assessment;

/// <summary>The outcome of assessing one household.</summary>
/// <remarks>
/// The outcomes every level shares have the same value at every level: 1 passes, 2 procedure pending, 3 fails a
/// criterion, 5 undetermined, 6 invalid input; 4 is the household's own outcome, wrongly registered.
/// </remarks>
public enum HouseholdStatus
{
    /// <summary>脱贫 — every exit criterion is met and the procedure is complete: the household may exit.</summary>
    MayExit = 1,
    /// <summary>Every exit criterion is met but a procedure step is missing or not recorded.</summary>
    EligibleProcedurePending = 2,
    /// <summary>At least one exit criterion is known not to be met.</summary>
    RemainsPoor = 3,
    /// <summary>The household falls in an excluded category (四类对象) and must be removed as wrongly registered; this is not an exit.</summary>
    IneligibleWronglyRegistered = 4,
    /// <summary>No criterion is known to fail, but at least one needed input is missing.</summary>
    Undetermined = 5,
    /// <summary>The record was rejected as malformed; <see cref="HouseholdAssessment.Errors"/> says where and why.</summary>
    InvalidInput = 6,
}
