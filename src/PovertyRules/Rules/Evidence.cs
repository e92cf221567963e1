namespace PovertyRules.Rules;

/// <summary>The assessed value, the requirement and where the requirement comes from, for a finding.</summary>
internal sealed record Evidence(string Actual, string Threshold, string? Parameter, string Citation, bool Verified);
