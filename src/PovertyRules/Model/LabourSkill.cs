namespace PovertyRules.Model;

/// <summary>劳动技能 — labour capacity, as coded by the register.</summary>
public enum LabourSkill
{
    /// <summary>01 普通劳动力.</summary>
    Ordinary = 1,
    /// <summary>02 技能劳动力.</summary>
    Skilled = 2,
    /// <summary>03 丧失劳动力.</summary>
    LostCapacity = 3,
    /// <summary>04 无劳动力.</summary>
    None = 4,
    /// <summary>弱劳动力或半劳动力 (used by some systems).</summary>
    Weak = 5,
}
