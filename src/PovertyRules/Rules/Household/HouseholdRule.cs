namespace PovertyRules.Rules.Household;

/// <summary>A rule of the household exit, procedure or exclusion rule set, in the one shape of <see cref="CriterionRule{TFact}"/>.</summary>
internal abstract class HouseholdRule(Criterion<HouseholdFact> criterion) : CriterionRule<HouseholdFact>(criterion);
