using System.Linq.Expressions;
using NRules.RuleModel;

namespace PovertyRules.Rules;

/// <summary>
/// The one shape of every rule: it fires when its criterion is not known to be met, and records which — not met, or
/// unknown for a missing input. A criterion that applies and whose rule did not fire is met (the catalog's
/// closed-world step). The families (a yes/no step, a facility, a measure against a threshold) are written here once.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal abstract class CriterionRule<TFact> : Rule
    where TFact : LevelFact
{
    /// <summary>
    /// Fires when <paramref name="notMetOrUnknown"/> holds and records not met when <paramref name="notMet"/> holds,
    /// unknown otherwise. Both read fields the fact computed once when it was built.
    /// </summary>
    private protected void Judge(
        Criterion<TFact> criterion, Expression<Func<TFact, bool>> notMetOrUnknown, Expression<Func<TFact, bool>> notMet)
    {
        TFact fact = default!;
        Expression<Action<IContext>> record = _ => fact.Record(criterion.Index, false);

        When()
            .Match(() => fact, notMetOrUnknown);
        Then()
            .Do(Recording(record, notMet));
    }

    /// <summary>A yes/no record (a procedure step, a facility): not met when recorded <c>false</c>, unknown when not recorded.</summary>
    private protected void Done(Criterion<TFact> criterion, Expression<Func<TFact, bool?>> done) =>
        Judge(criterion, Is(done, true, equal: false), Is(done, false, equal: true));

    /// <summary>A measure against a threshold (<see cref="Measure.KnownToPass"/>, <see cref="Measure.KnownToFail"/>).</summary>
    private protected void Compare(
        Criterion<TFact> criterion, Expression<Func<TFact, Measure>> measure, Expression<Func<TFact, Threshold?>> threshold) =>
        Judge(
            criterion,
            Call(measure, threshold, nameof(Measure.KnownToPass), negate: true),
            Call(measure, threshold, nameof(Measure.KnownToFail), negate: false));

    /// <summary>
    /// <paramref name="record"/> with its "not met" argument replaced by the <paramref name="notMet"/> predicate read
    /// on the matched fact, so that the action's expression shows what it records, as the condition shows what it tests.
    /// </summary>
    private static Expression<Action<IContext>> Recording(Expression<Action<IContext>> record, Expression<Func<TFact, bool>> notMet)
    {
        var call = (MethodCallExpression)record.Body;
        var matched = call.Object!;
        var predicate = new Rebind(notMet.Parameters[0], matched).Visit(notMet.Body);
        return Expression.Lambda<Action<IContext>>(call.Update(matched, [call.Arguments[0], predicate]), record.Parameters);
    }

    private static Expression<Func<TFact, bool>> Is(Expression<Func<TFact, bool?>> value, bool constant, bool equal)
    {
        var right = Expression.Constant(constant, typeof(bool?));
        var body = equal ? Expression.Equal(value.Body, right) : Expression.NotEqual(value.Body, right);
        return Expression.Lambda<Func<TFact, bool>>(body, value.Parameters);
    }

    private static Expression<Func<TFact, bool>> Call(
        Expression<Func<TFact, Measure>> measure, Expression<Func<TFact, Threshold?>> threshold, string method, bool negate)
    {
        var fact = measure.Parameters[0];
        var limit = new Rebind(threshold.Parameters[0], fact).Visit(threshold.Body);
        Expression body = Expression.Call(measure.Body, typeof(Measure).GetMethod(method)!, limit);
        return Expression.Lambda<Func<TFact, bool>>(negate ? Expression.Not(body) : body, fact);
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
