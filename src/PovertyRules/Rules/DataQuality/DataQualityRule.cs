namespace PovertyRules.Rules.DataQuality;

/// <summary>A rule of the data-quality rule set, in the one shape of <see cref="CriterionRule{TFact}"/>: it fires when its check finds a defect.</summary>
internal abstract class DataQualityRule(DataQualityCriterion criterion) : CriterionRule<DataQualityFact>(criterion);
