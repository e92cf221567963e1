using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// A criterion whose rule file writes both predicates out: the one a rule of no family (not a step, a measure or a
/// count) declares, e.g. <c>notMet: h => h.Household.SafeDrinkingWater == false</c>,
/// <c>unresolved: h => h.Household.SafeDrinkingWater != true</c>.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class PredicateCriterion<TFact>(
    string id,
    CriterionKind kind,
    string nameEn,
    string nameZh,
    Expression<Func<TFact, bool>> notMet,
    Expression<Func<TFact, bool>> unresolved,
    Func<TFact, Evidence> explain,
    Func<PolicyProfile, bool>? appliesUnder = null)
    : Criterion<TFact>(id, kind, nameEn, nameZh, explain, appliesUnder)
{
    /// <inheritdoc />
    public override Expression<Func<TFact, bool>> NotMet { get; } = notMet;

    /// <inheritdoc />
    public override Expression<Func<TFact, bool>> Unresolved { get; } = unresolved;
}
