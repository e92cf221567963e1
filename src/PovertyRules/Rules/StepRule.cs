namespace PovertyRules.Rules;

/// <summary>The rule of a <see cref="StepCriterion{TFact}"/>: not met when the record says no, unknown when it says nothing.</summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal abstract class StepRule<TFact>(StepCriterion<TFact> criterion) : CriterionRule<TFact>(criterion)
    where TFact : LevelFact;
