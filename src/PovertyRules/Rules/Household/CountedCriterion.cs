using System.Linq.Expressions;

namespace PovertyRules.Rules.Household;

/// <summary>
/// The criterion of a household judged item by item — members, test years, vehicles, other housing: the fact counts
/// the items once (<see cref="Tally"/>), and <see cref="CountedRule"/> finds it not met when an item fails, unknown
/// when none fails and one is undecided.
/// </summary>
internal sealed class CountedCriterion(
    string id, CriterionKind kind, string nameEn, string nameZh, Expression<Func<HouseholdFact, Tally>> counted, Func<HouseholdFact, Evidence> explain)
    : Criterion<HouseholdFact>(id, kind, nameEn, nameZh, explain)
{
    /// <summary>The fact's count of the criterion's items.</summary>
    public Expression<Func<HouseholdFact, Tally>> Counted { get; } = counted;

    /// <summary><c>counted(fact).Failing > 0</c>.</summary>
    public override Expression<Func<HouseholdFact, bool>> NotMet { get; } = Test(counted, failingOrUndecided: false);

    /// <summary><c>counted(fact).Failing > 0 || counted(fact).Undecided > 0</c>.</summary>
    public override Expression<Func<HouseholdFact, bool>> Unresolved { get; } = Test(counted, failingOrUndecided: true);

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
