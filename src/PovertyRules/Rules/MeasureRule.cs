namespace PovertyRules.Rules;

/// <summary>The rule of a <see cref="MeasureCriterion{TFact}"/>: the measure compared with its threshold, three-valued.</summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal abstract class MeasureRule<TFact>(MeasureCriterion<TFact> criterion) : CriterionRule<TFact>(criterion)
    where TFact : LevelFact;
