using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// The criterion of an amount that must reach a minimum the profile may set (a village's collective income, a county's
/// rural income per person): it applies only where the profile sets the minimum.
/// </summary>
internal static class MinimumAmount
{
    /// <param name="id">The rule id.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="amount">The fact's amount as a measure, named after the record's field it reads.</param>
    /// <param name="minimum">The minimum the fact's parameters resolved; <c>null</c> where the profile sets none.</param>
    /// <param name="parameter">The profile parameter that sets the minimum.</param>
    /// <param name="unit">How the minimum is stated, e.g. <c>a year</c>.</param>
    public static MeasureCriterion<TFact> Criterion<TFact>(
        string id,
        string nameEn,
        string nameZh,
        Expression<Func<TFact, Measure>> amount,
        Expression<Func<TFact, Threshold?>> minimum,
        Expression<Func<PolicyProfile, Parameter<decimal?>>> parameter,
        string unit)
        where TFact : LevelFact
    {
        var measured = amount.Compile();
        var field = ((MemberExpression)amount.Body).Member.Name;
        var setting = parameter.Compile();
        var name = ((MemberExpression)parameter.Body).Member.Name;
        var parameterName = char.ToLowerInvariant(name[0]) + name[1..];
        return new MeasureCriterion<TFact>(
            id,
            nameEn,
            nameZh,
            amount,
            minimum,
            fact =>
            {
                var set = setting(fact.Profile);
                return new Evidence(
                    measured(fact).Numerator is { } recorded ? Formats.Yuan(recorded) : $"missing ({field})",
                    $"≥ {Formats.Yuan(set.Value!.Value)} {unit}",
                    parameterName,
                    set.Citation,
                    set.Verified);
            },
            profile => setting(profile).Value is not null);
    }
}
