namespace PovertyRules.Assessment;

/// <summary>The outcome of assessing one poor village for delisting (贫困村出列).</summary>
/// <remarks>
/// The outcomes every level shares have the same value at every level: 1 passes, 2 procedure pending, 3 fails a
/// criterion, 5 undetermined, 6 invalid input; 4 is the household's own outcome, wrongly registered.
/// </remarks>
public enum VillageStatus
{
    /// <summary>出列 — every delisting criterion is met and the procedure is complete: the village may leave the list.</summary>
    MayDelist = 1,
    /// <summary>Every delisting criterion is met but a procedure step is missing or not recorded.</summary>
    EligibleProcedurePending = 2,
    /// <summary>At least one delisting criterion is known not to be met: the village stays on the list.</summary>
    RemainsListed = 3,
    /// <summary>No criterion is known to fail, but at least one could not be decided for a missing input.</summary>
    Undetermined = 5,
    /// <summary>The record was rejected as malformed; the assessment's errors say where and why.</summary>
    InvalidInput = 6,
}
