namespace PovertyRules.Model;

/// <summary>主要致贫原因 — main cause of poverty, as coded by the register.</summary>
public enum PovertyCause
{
    /// <summary>01 因病.</summary>
    Illness = 1,
    /// <summary>02 因残.</summary>
    Disability = 2,
    /// <summary>03 因学.</summary>
    Education = 3,
    /// <summary>04 因灾.</summary>
    Disaster = 4,
    /// <summary>05 缺土地.</summary>
    LackOfLand = 5,
    /// <summary>06 缺水.</summary>
    LackOfWater = 6,
    /// <summary>07 缺技术.</summary>
    LackOfSkills = 7,
    /// <summary>08 缺劳力.</summary>
    LackOfLabour = 8,
    /// <summary>09 缺资金.</summary>
    LackOfCapital = 9,
    /// <summary>10 交通条件落后.</summary>
    PoorTransport = 10,
    /// <summary>11 自身发展动力不足.</summary>
    LackOfMotivation = 11,
    /// <summary>12 其他.</summary>
    Other = 12,
    /// <summary>13 因婚 (secondary cause only).</summary>
    Marriage = 13,
}
