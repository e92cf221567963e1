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
}
