namespace PovertyRules.Rules;

/// <summary>What a fact's firings come to: its verdicts, one finding per applicable criterion, the failed and unknown ids.</summary>
internal sealed record CriteriaSummary(Verdicts Verdicts, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Failed, IReadOnlyList<string> Unknown);
