namespace PovertyRules.Model;

/// <summary>Why a county leader's transfer (调整岗位) is proposed.</summary>
public enum TransferReason
{
    /// <summary>领导班子换届 — a general change of the leadership's term.</summary>
    GeneralTermChange = 1,

    /// <summary>特殊情况必须调整 — special circumstances that require the change; allowed only with a documented approval.</summary>
    SpecialCircumstances = 2,

    /// <summary>Any other reason (an ordinary rotation, a promotion).</summary>
    Other = 3,
}
