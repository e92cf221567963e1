namespace PovertyRules.Policy;

/// <summary>Which income figure the household income criterion compares with the line.</summary>
public enum IncomeMeasure
{
    /// <summary>人均纯收入 — per-capita net income (the central text).</summary>
    Net = 1,
    /// <summary>人均可支配收入 — per-capita disposable income (used by some provinces).</summary>
    Disposable = 2,
}
