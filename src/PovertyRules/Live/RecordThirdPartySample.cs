using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>Records a described county's third-party evaluation sample (第三方评估), replacing the one held; refused when the county is not described. Immutable.</summary>
/// <param name="CountyCode">The 6-digit county code.</param>
/// <param name="Sample">The sample as recorded now; <c>null</c> when no evaluation is recorded.</param>
public sealed record RecordThirdPartySample(string CountyCode, ThirdPartySample? Sample) : LiveChange;
