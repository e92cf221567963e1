namespace PovertyRules.Rules.Accountability;

/// <summary>A rule of the cadre accountability rule set, in the one shape of <see cref="CriterionRule{TFact}"/>.</summary>
internal abstract class AccountabilityRule(Criterion<AccountabilityFact> criterion) : CriterionRule<AccountabilityFact>(criterion);
