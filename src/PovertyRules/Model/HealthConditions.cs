namespace PovertyRules.Model;

/// <summary>健康状况 — health conditions; the register may join several with commas.</summary>
[Flags]
public enum HealthConditions
{
    /// <summary>No condition recorded other than healthy.</summary>
    None = 0,
    /// <summary>01 健康.</summary>
    Healthy = 1,
    /// <summary>02 长期慢性病.</summary>
    ChronicIllness = 2,
    /// <summary>03 患有大病.</summary>
    SeriousIllness = 4,
    /// <summary>04 残疾.</summary>
    Disability = 8,
}
