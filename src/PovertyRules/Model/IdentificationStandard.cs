namespace PovertyRules.Model;

/// <summary>识别标准 — which standard the household was identified under.</summary>
public enum IdentificationStandard
{
    /// <summary>01 国家标准.</summary>
    National = 1,
    /// <summary>02 省定标准.</summary>
    Provincial = 2,
    /// <summary>03 市定标准.</summary>
    Municipal = 3,
}
