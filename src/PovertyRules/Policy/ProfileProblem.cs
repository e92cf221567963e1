namespace PovertyRules.Policy;

/// <summary>A problem with a policy profile: where and why.</summary>
/// <param name="Path">The parameter path, e.g. <c>$.parameters.yearsAboveLine.value</c>.</param>
/// <param name="Reason">Why the value is not acceptable.</param>
public sealed record ProfileProblem(string Path, string Reason);
