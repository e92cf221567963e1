namespace PovertyRules.Data;

/// <summary>What comes above the header row of an export file.</summary>
public enum TitleRowHandling
{
    /// <summary>
    /// The header is the first of the first five rows that names the household number column (户编号); rows above it
    /// (a title such as 建档立卡贫困人口花名册, a date of export) are skipped.
    /// </summary>
    Detect = 0,

    /// <summary>The first row is the header.</summary>
    None = 1,

    /// <summary>Exactly one title row comes first; the second row is the header.</summary>
    SkipOne = 2,
}
