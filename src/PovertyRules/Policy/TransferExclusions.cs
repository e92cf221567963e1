namespace PovertyRules.Policy;

/// <summary>Transfer items a province leaves out of the income compared with the line.</summary>
[Flags]
public enum TransferExclusions
{
    /// <summary>Every transfer counts.</summary>
    None = 0,
    /// <summary>Basic pension (养老金).</summary>
    Pension = 1,
    /// <summary>Minimum living allowance (低保金).</summary>
    MinimumLivingAllowance = 2,
    /// <summary>One-off relief (临时救助).</summary>
    OneOffRelief = 4,
}
