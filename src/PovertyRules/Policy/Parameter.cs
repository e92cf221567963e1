namespace PovertyRules.Policy;

/// <summary>
/// One policy parameter's value with where it comes from. Immutable.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value the rules read.</param>
/// <param name="Citation">The policy text (or other source) the value comes from; never empty.</param>
/// <param name="Verified">
/// <c>false</c> when the figure could not be checked against an official text (a projection, a news copy, a local
/// practice); such values are defaults to override, and every finding that uses one says so.
/// </param>
public sealed record Parameter<T>(T Value, string Citation, bool Verified)
{
    /// <summary>The value, the citation and an "(unverified)" mark where it applies.</summary>
    public override string ToString() => $"{Value} — {Citation}{(Verified ? string.Empty : " (unverified)")}";
}

/// <summary>Which income figure the household income criterion compares with the line.</summary>
public enum IncomeMeasure
{
    /// <summary>人均纯收入 — per-capita net income (the central text).</summary>
    Net = 1,
    /// <summary>人均可支配收入 — per-capita disposable income (used by some provinces).</summary>
    Disposable = 2,
}

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
