namespace PovertyRules.Rules.DataQuality;

/// <summary>What a data-quality check requires under a profile, and where that comes from.</summary>
/// <param name="RequirementEn">The requirement in English.</param>
/// <param name="RequirementZh">The requirement in Chinese.</param>
/// <param name="Parameter">The profile parameter(s) it reads; <c>null</c> for none.</param>
/// <param name="Citation">The source of the check.</param>
/// <param name="Verified">Whether the source (and every figure it reads) is verified.</param>
internal sealed record DataQualityBasis(string RequirementEn, string RequirementZh, string? Parameter, string Citation, bool Verified);
