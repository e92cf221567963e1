namespace PovertyRules.Rules.Monitoring;

/// <summary>A rule of the risk-elimination rule set, in the one shape of <see cref="CriterionRule{TFact}"/>: it fires when its condition of elimination is not met.</summary>
internal abstract class EliminationRule(Criterion<RiskEliminationFact> criterion) : CriterionRule<RiskEliminationFact>(criterion);
