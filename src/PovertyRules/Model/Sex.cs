namespace PovertyRules.Model;

/// <summary>性别 — sex as coded by the register.</summary>
public enum Sex
{
    /// <summary>1 男.</summary>
    Male = 1,
    /// <summary>2 女.</summary>
    Female = 2,
    /// <summary>9 未知.</summary>
    Unknown = 9,
}
