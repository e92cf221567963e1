namespace PovertyRules.Rules.Household;

/// <summary>The rule of a <see cref="CountedCriterion"/>: not met when an item fails, unknown when none fails and one is undecided.</summary>
internal abstract class CountedRule(CountedCriterion criterion) : HouseholdRule(criterion);
