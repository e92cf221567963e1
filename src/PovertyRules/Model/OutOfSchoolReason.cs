namespace PovertyRules.Model;

/// <summary>
/// Why a child of compulsory-school age is not in school. The register's standard columns do not hold it; local
/// systems record it for the 控辍保学 (dropout) campaign. Only <see cref="Poverty"/> fails the compulsory-education criterion.
/// </summary>
public enum OutOfSchoolReason
{
    /// <summary>因贫辍学 — out of school because of poverty.</summary>
    Poverty = 1,
    /// <summary>Severe disability; schooled at home (送教上门) or exempt.</summary>
    DisabilityHomeSchooled = 2,
    /// <summary>Illness documented by a medical certificate (因病休学).</summary>
    Illness = 3,
    /// <summary>Has completed the nine years of compulsory education.</summary>
    CompletedCompulsoryEducation = 4,
    /// <summary>Another reason documented by the school or education bureau.</summary>
    OtherDocumented = 9,
}
