using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// A check judged member by member: the fact counts the members once (<see cref="Tally"/>: defective, undecided), the
/// rule fires when a member is defective, and the check is unknown when none is and one could not be checked.
/// </summary>
internal sealed class MemberCheckCriterion(
    string id,
    DataQualitySeverity severity,
    string nameEn,
    string nameZh,
    string field,
    string column,
    Expression<Func<DataQualityFact, Tally>> counted,
    Func<DataQualityFact, int, Verdict> judge,
    Func<DataQualityFact, int, (string En, string Zh)> describe,
    Func<PolicyProfile, DataQualityBasis> basis,
    Func<PolicyProfile, bool>? appliesUnder = null)
    : DataQualityCriterion(id, severity, nameEn, nameZh, column, basis, appliesUnder)
{
    /// <summary><c>counted(fact).Failing > 0</c>.</summary>
    public override Expression<Func<DataQualityFact, bool>> NotMet { get; } = Test(counted, failingOrUndecided: false);

    /// <summary><c>counted(fact).Failing > 0 || counted(fact).Undecided > 0</c>.</summary>
    public override Expression<Func<DataQualityFact, bool>> Unresolved { get; } = Test(counted, failingOrUndecided: true);

    /// <summary>Counts the members of <paramref name="fact"/> by the check's verdict on each.</summary>
    public Tally Count(DataQualityFact fact)
    {
        int failing = 0, undecided = 0;
        for (var i = 0; i < fact.Household.Members.Count; i++)
        {
            switch (judge(fact, i))
            {
                case Verdict.NotMet:
                    failing++;
                    break;
                case Verdict.Unknown:
                    undecided++;
                    break;
            }
        }

        return new Tally(failing, undecided);
    }

    /// <inheritdoc />
    protected override IEnumerable<DataQualityDefect> Defects(DataQualityFact fact)
    {
        for (var i = 0; i < fact.Household.Members.Count; i++)
        {
            if (judge(fact, i) == Verdict.NotMet)
            {
                var (en, zh) = describe(fact, i);
                yield return new DataQualityDefect(i, en, zh);
            }
        }
    }

    /// <inheritdoc />
    protected override string FieldOf(int member) => $"Members[{member}].{field}";

    private static Expression<Func<DataQualityFact, bool>> Test(Expression<Func<DataQualityFact, Tally>> counted, bool failingOrUndecided)
    {
        var zero = Expression.Constant(0);
        Expression body = Expression.GreaterThan(Expression.Property(counted.Body, nameof(Tally.Failing)), zero);
        if (failingOrUndecided)
        {
            body = Expression.OrElse(body, Expression.GreaterThan(Expression.Property(counted.Body, nameof(Tally.Undecided)), zero));
        }

        return Expression.Lambda<Func<DataQualityFact, bool>>(body, counted.Parameters);
    }
}
