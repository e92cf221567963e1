namespace PovertyRules.Model;

/// <summary>在校生状况 — current schooling status, as coded by the register.</summary>
public enum SchoolingStatus
{
    /// <summary>01 非在校生 — not in school.</summary>
    NotInSchool = 1,
    /// <summary>02 学前教育.</summary>
    Preschool = 2,
    /// <summary>03 小学.</summary>
    Primary = 3,
    /// <summary>04 七年级.</summary>
    Grade7 = 4,
    /// <summary>05 八年级.</summary>
    Grade8 = 5,
    /// <summary>06 九年级.</summary>
    Grade9 = 6,
    /// <summary>07 高中一年级.</summary>
    SeniorSecondary1 = 7,
    /// <summary>08 高中二年级.</summary>
    SeniorSecondary2 = 8,
    /// <summary>09 高中三年级.</summary>
    SeniorSecondary3 = 9,
    /// <summary>10 中职一年级.</summary>
    Vocational1 = 10,
    /// <summary>11 中职二年级.</summary>
    Vocational2 = 11,
    /// <summary>12 中职三年级.</summary>
    Vocational3 = 12,
    /// <summary>13 高职一年级.</summary>
    HigherVocational1 = 13,
    /// <summary>14 高职二年级.</summary>
    HigherVocational2 = 14,
    /// <summary>15 高职三年级.</summary>
    HigherVocational3 = 15,
    /// <summary>16 大专及以上.</summary>
    Tertiary = 16,
}
