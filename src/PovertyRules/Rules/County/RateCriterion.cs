using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>The criterion of a third-party rate against its threshold, and how it states what it was decided on.</summary>
internal static class RateCriterion
{
    /// <param name="id">The rule id.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="rate">The fact's estimate of the rate; <c>null</c> when its counts are missing or nothing was sampled.</param>
    /// <param name="counts">The sample's numerator and denominator as recorded.</param>
    /// <param name="fields">The sample's fields for them, named when missing.</param>
    /// <param name="threshold">The fact's threshold, the profile parameter it comes from and the parameter's JSON name.</param>
    public static Criterion<CountyFact> Of(
        string id,
        string nameEn,
        string nameZh,
        Func<CountyFact, RateEstimate?> rate,
        Func<Model.ThirdPartySample?, (int? Numerator, int? Denominator)> counts,
        (string Numerator, string Denominator) fields,
        (Func<CountyFact, Threshold> Limit, Func<PolicyProfile, Parameter<decimal>> Parameter, string Name) threshold) =>
        new(id, CriterionKind.ExitCriterion, nameEn, nameZh, fact =>
        {
            var parameter = threshold.Parameter(fact.Parameters.Profile);
            return new Evidence(
                Describe(rate(fact), counts(fact.County.Evaluation), fields),
                threshold.Limit(fact).Describe(Formats.Percent),
                threshold.Name,
                parameter.Citation,
                parameter.Verified);
        });

    private static string Describe(RateEstimate? estimate, (int? Numerator, int? Denominator) counts, (string Numerator, string Denominator) fields)
    {
        if (estimate is not null)
        {
            return $"{Formats.Percent(estimate.Rate)} ({estimate.Numerator}/{estimate.Denominator}; 95% Wilson interval {estimate.Interval}, "
                + (estimate.Robust ? "decision robust to sampling error)" : "decision not robust to sampling error)");
        }

        return counts switch
        {
            (_, 0) => $"nothing sampled (Evaluation.{fields.Denominator} is 0)",
            (null, null) => $"missing (Evaluation.{fields.Numerator}, Evaluation.{fields.Denominator})",
            (null, _) => $"missing (Evaluation.{fields.Numerator})",
            _ => $"missing (Evaluation.{fields.Denominator})",
        };
    }
}
