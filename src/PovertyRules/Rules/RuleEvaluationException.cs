namespace PovertyRules.Rules;

/// <summary>
/// A criterion could not be evaluated on a record (an amount too large to add up): the engine makes the record invalid
/// input with this message, which names the rule, instead of aborting the batch.
/// </summary>
internal sealed class RuleEvaluationException(string ruleId, Exception inner)
    : Exception($"rule {ruleId} could not be evaluated: {inner.GetBaseException().Message}", inner);
