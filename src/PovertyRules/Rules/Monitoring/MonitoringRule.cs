namespace PovertyRules.Rules.Monitoring;

/// <summary>A rule of the relapse-monitoring rule set, in the one shape of <see cref="CriterionRule{TFact}"/>: it fires when the household carries its risk.</summary>
internal abstract class MonitoringRule(Criterion<MonitoringFact> criterion) : CriterionRule<MonitoringFact>(criterion);
