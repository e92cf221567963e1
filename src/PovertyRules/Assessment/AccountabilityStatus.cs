namespace PovertyRules.Assessment;

/// <summary>
/// The outcome of checking a county's cadre accountability duties (no transfer of its leaders before de-capping, each
/// year's reduction target, assistance coverage). Priority in promotion is reported beside it, in the findings.
/// </summary>
/// <remarks>The values follow the other levels: 1 passes, 3 fails a criterion, 5 undetermined, 6 invalid input.</remarks>
public enum AccountabilityStatus
{
    /// <summary>Every duty is known to be met.</summary>
    Compliant = 1,
    /// <summary>At least one duty is known not to be met: a transfer before de-capping, a year vetoed, a village or household without assistance.</summary>
    Breach = 3,
    /// <summary>No duty is known to be breached, but at least one could not be decided for a missing input.</summary>
    Undetermined = 5,
    /// <summary>The record was rejected as malformed; the assessment's errors say where and why.</summary>
    InvalidInput = 6,
}
