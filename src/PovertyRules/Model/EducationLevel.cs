namespace PovertyRules.Model;

/// <summary>文化程度 — highest education attained, as coded by the register.</summary>
public enum EducationLevel
{
    /// <summary>01 文盲或半文盲.</summary>
    Illiterate = 1,
    /// <summary>02 小学.</summary>
    Primary = 2,
    /// <summary>03 初中.</summary>
    JuniorSecondary = 3,
    /// <summary>04 高中.</summary>
    SeniorSecondary = 4,
    /// <summary>05 大专及以上.</summary>
    Tertiary = 5,
    /// <summary>06 学龄前儿童.</summary>
    Preschool = 6,
}
