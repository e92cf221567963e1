using System.Linq.Expressions;

namespace PovertyRules.Rules.Household;

/// <summary>The rule of a <see cref="CountedCriterion"/>: not met when an item fails, unknown when none fails and one is undecided.</summary>
internal abstract class CountedRule(CountedCriterion criterion) : HouseholdRule
{
    /// <inheritdoc />
    public sealed override void Define() =>
        Judge(criterion, Test(criterion.Counted, failingOrUndecided: true), Test(criterion.Counted, failingOrUndecided: false));

    /// <summary><c>h => counted(h).Failing > 0 || counted(h).Undecided > 0</c>, or <c>h => counted(h).Failing > 0</c>.</summary>
    private static Expression<Func<HouseholdFact, bool>> Test(Expression<Func<HouseholdFact, Tally>> counted, bool failingOrUndecided)
    {
        var zero = Expression.Constant(0);
        Expression body = Expression.GreaterThan(Expression.Property(counted.Body, nameof(Tally.Failing)), zero);
        if (failingOrUndecided)
        {
            body = Expression.OrElse(body, Expression.GreaterThan(Expression.Property(counted.Body, nameof(Tally.Undecided)), zero));
        }

        return Expression.Lambda<Func<HouseholdFact, bool>>(body, counted.Parameters);
    }
}
