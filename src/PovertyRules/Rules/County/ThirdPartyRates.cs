using PovertyRules.Evaluation;

namespace PovertyRules.Rules.County;

/// <summary>How the third-party rate rules state what they were decided on.</summary>
internal static class ThirdPartyRates
{
    public static string Describe(RateEstimate? estimate, int? numerator, int? denominator, string numeratorField, string denominatorField)
    {
        if (estimate is not null)
        {
            return $"{Shares.Percent(estimate.Rate)} ({estimate.Numerator}/{estimate.Denominator}; 95% Wilson interval {estimate.Interval}, "
                + (estimate.Robust ? "decision robust to sampling error)" : "decision not robust to sampling error)");
        }

        return (numerator, denominator) switch
        {
            (_, 0) => $"nothing sampled (Evaluation.{denominatorField} is 0)",
            (null, null) => $"missing (Evaluation.{numeratorField}, Evaluation.{denominatorField})",
            (null, _) => $"missing (Evaluation.{numeratorField})",
            _ => $"missing (Evaluation.{denominatorField})",
        };
    }
}
