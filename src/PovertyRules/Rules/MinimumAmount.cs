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
    /// <param name="measure">The fact's amount, as a measure.</param>
    /// <param name="threshold">The minimum the fact's parameters resolved.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="amount">The amount as recorded on the fact's record.</param>
    /// <param name="field">The record's field, named when it is missing.</param>
    /// <param name="minimum">The profile parameter that sets the minimum.</param>
    /// <param name="parameterName">The parameter's JSON name.</param>
    /// <param name="unit">How the minimum is stated, e.g. <c>a year</c>.</param>
    public static MeasureCriterion<TFact> Criterion<TFact>(
        string id,
        Expression<Func<TFact, Measure>> measure,
        Expression<Func<TFact, Threshold?>> threshold,
        string nameEn,
        string nameZh,
        Func<TFact, (decimal? Amount, PolicyProfile Profile)> amount,
        string field,
        Func<PolicyProfile, Parameter<decimal?>> minimum,
        string parameterName,
        string unit) =>
        new(
            id,
            nameEn,
            nameZh,
            measure,
            threshold,
            fact =>
            {
                var (value, profile) = amount(fact);
                var parameter = minimum(profile);
                return new Evidence(
                    value is { } recorded ? Formats.Yuan(recorded) : $"missing ({field})",
                    $"≥ {Formats.Yuan(parameter.Value!.Value)} {unit}",
                    parameterName,
                    parameter.Citation,
                    parameter.Verified);
            },
            profile => minimum(profile).Value is not null);
}
