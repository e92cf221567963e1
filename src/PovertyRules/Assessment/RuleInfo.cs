namespace PovertyRules.Assessment;

/// <summary>A compiled rule's metadata: stable id, clause and tags. Immutable.</summary>
/// <param name="Id">The <c>[Name]</c> of the rule, e.g. <c>HH-INCOME</c>.</param>
/// <param name="Description">The policy clause the rule encodes.</param>
/// <param name="Tags">The rule set(s) it belongs to.</param>
/// <param name="RuleType">The rule class.</param>
public sealed record RuleInfo(string Id, string Description, IReadOnlyList<string> Tags, Type RuleType);
