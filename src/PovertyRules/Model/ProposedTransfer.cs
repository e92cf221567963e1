namespace PovertyRules.Model;

/// <summary>
/// A proposed transfer (调整岗位) of a county's party secretary or county head. Immutable; <c>null</c> means "not
/// recorded", and the transfer rule is then unknown unless the rest already decides it.
/// </summary>
public sealed record ProposedTransfer
{
    /// <summary>The post of the leader to be transferred.</summary>
    public LeaderRole? Role { get; init; }

    /// <summary>The day the transfer is to take effect, compared with the county's de-capping date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Why the transfer is proposed.</summary>
    public TransferReason? Reason { get; init; }

    /// <summary>
    /// For <see cref="TransferReason.SpecialCircumstances"/>: whether the approval of the special circumstances is
    /// documented (e.g. by the provincial party committee's organisation department); not read for other reasons.
    /// </summary>
    public bool? ApprovalDocumented { get; init; }
}
