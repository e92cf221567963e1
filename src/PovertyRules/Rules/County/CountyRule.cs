namespace PovertyRules.Rules.County;

/// <summary>A rule of the county de-capping rule set, in the one shape of <see cref="CriterionRule{TFact}"/>.</summary>
internal abstract class CountyRule(Criterion<CountyFact> criterion) : CriterionRule<CountyFact>(criterion);
