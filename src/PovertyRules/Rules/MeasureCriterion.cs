using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// The criterion of a measure against a threshold — an incidence, a third-party rate, an amount against a minimum:
/// <see cref="MeasureRule{TFact}"/> fires when the measure is not known to pass and records not met when it is known
/// to fail (<see cref="Rules.Measure"/>).
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class MeasureCriterion<TFact>(
    string id,
    string nameEn,
    string nameZh,
    Expression<Func<TFact, Measure>> measure,
    Expression<Func<TFact, Threshold?>> threshold,
    Func<TFact, Evidence> explain,
    Func<PolicyProfile, bool>? appliesUnder = null)
    : Criterion<TFact>(id, CriterionKind.ExitCriterion, nameEn, nameZh, explain, appliesUnder)
{
    /// <summary>The measured quantity, computed once when the fact is built.</summary>
    public Expression<Func<TFact, Measure>> Measure { get; } = measure;

    /// <summary>The threshold it must pass; <c>null</c> when the profile sets none (the criterion then does not apply).</summary>
    public Expression<Func<TFact, Threshold?>> Threshold { get; } = threshold;

    /// <summary><c>measure(fact).KnownToFail(threshold(fact))</c>.</summary>
    public override Expression<Func<TFact, bool>> NotMet { get; } = Call(measure, threshold, nameof(Rules.Measure.KnownToFail), negate: false);

    /// <summary><c>!measure(fact).KnownToPass(threshold(fact))</c>.</summary>
    public override Expression<Func<TFact, bool>> Unresolved { get; } = Call(measure, threshold, nameof(Rules.Measure.KnownToPass), negate: true);

    private static Expression<Func<TFact, bool>> Call(
        Expression<Func<TFact, Measure>> measure, Expression<Func<TFact, Threshold?>> threshold, string method, bool negate)
    {
        var fact = measure.Parameters[0];
        var limit = ParameterRebind.Body(threshold, fact);
        Expression body = Expression.Call(measure.Body, typeof(Measure).GetMethod(method)!, limit);
        return Expression.Lambda<Func<TFact, bool>>(negate ? Expression.Not(body) : body, fact);
    }
}
