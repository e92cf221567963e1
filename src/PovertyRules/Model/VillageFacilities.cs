namespace PovertyRules.Model;

/// <summary>
/// Infrastructure and public services of an administrative village that delisting standards weigh (基础设施、基本公共服务).
/// A profile lists the ones it requires.
/// </summary>
[Flags]
public enum VillageFacilities
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>通硬化路 — a hardened (paved) road to the village.</summary>
    HardenedRoad = 1,
    /// <summary>通动力电 — grid power.</summary>
    Electricity = 2,
    /// <summary>安全饮水 — safe drinking water supply.</summary>
    SafeDrinkingWater = 4,
    /// <summary>标准化卫生室 — a village clinic.</summary>
    Clinic = 8,
    /// <summary>综合文化服务中心 — a cultural activity centre.</summary>
    CulturalCentre = 16,
    /// <summary>通宽带 — broadband.</summary>
    Broadband = 32,
}
