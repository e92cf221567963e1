using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>
/// One of the three figures of a county's third-party evaluation (第三方评估): what it counts in the sample, the
/// fact's measure of it, the threshold it must pass, and how its criterion states what it was decided on.
/// </summary>
internal sealed class SampleRate
{
    public static readonly SampleRate WrongExit = new(
        "wrong-exit rate",
        c => c.WrongExit,
        c => c.Parameters.WrongExitThreshold,
        static c => c.WrongExitEstimate,
        static s => (s.WronglyExitedPeople, s.ExitedPeopleSampled),
        ("WronglyExitedPeople", "ExitedPeopleSampled"),
        static p => p.WrongExitRateThreshold,
        "wrongExitRateThreshold",
        static p => p.WrongExitRateComparison,
        "wrongExitRateComparison");

    public static readonly SampleRate Omission = new(
        "omission rate",
        c => c.Omission,
        c => c.Parameters.OmissionThreshold,
        static c => c.OmissionEstimate,
        static s => (s.OmittedPoorPeople, s.NonRegisteredPeopleSampled),
        ("OmittedPoorPeople", "NonRegisteredPeopleSampled"),
        static p => p.OmissionRateThreshold,
        "omissionRateThreshold",
        static p => p.OmissionRateComparison,
        "omissionRateComparison");

    public static readonly SampleRate Approval = new(
        "public approval",
        c => c.Approval,
        c => c.Parameters.ApprovalThreshold,
        static c => c.ApprovalEstimate,
        static s => (s.HouseholdsApproving, s.HouseholdsSurveyed),
        ("HouseholdsApproving", "HouseholdsSurveyed"),
        static p => p.PublicApprovalThreshold,
        "publicApprovalThreshold",
        static p => p.PublicApprovalComparison,
        "publicApprovalComparison");

    private readonly Expression<Func<CountyFact, Measure>> _measure;
    private readonly Expression<Func<CountyFact, Threshold?>> _threshold;
    private readonly Func<CountyFact, Threshold?> _limit;
    private readonly Func<CountyFact, RateEstimate?> _estimate;
    private readonly Func<ThirdPartySample, (int? Numerator, int? Denominator)> _counts;
    private readonly (string Numerator, string Denominator) _fields;
    private readonly Func<PolicyProfile, Parameter<decimal>> _parameter;
    private readonly string _parameterName;
    private readonly Func<PolicyProfile, Parameter<PassingSide>> _comparison;
    private readonly string _comparisonName;

    private SampleRate(
        string name,
        Expression<Func<CountyFact, Measure>> measure,
        Expression<Func<CountyFact, Threshold?>> threshold,
        Func<CountyFact, RateEstimate?> estimate,
        Func<ThirdPartySample, (int? Numerator, int? Denominator)> counts,
        (string Numerator, string Denominator) fields,
        Func<PolicyProfile, Parameter<decimal>> parameter,
        string parameterName,
        Func<PolicyProfile, Parameter<PassingSide>> comparison,
        string comparisonName)
    {
        Name = name;
        _measure = measure;
        _threshold = threshold;
        _limit = threshold.Compile();
        _estimate = estimate;
        _counts = counts;
        _fields = fields;
        _parameter = parameter;
        _parameterName = parameterName;
        _comparison = comparison;
        _comparisonName = comparisonName;
    }

    /// <summary>The figure's name, e.g. <c>wrong-exit rate</c>.</summary>
    public string Name { get; }

    /// <summary>The three estimates of a sample against a profile's thresholds, with their 95% Wilson intervals.</summary>
    public static (RateEstimate? WrongExit, RateEstimate? Omission, RateEstimate? Approval) Estimate(ThirdPartySample sample, CountyParameters p) =>
        (WrongExit.EstimateOf(sample, p.WrongExitThreshold), Omission.EstimateOf(sample, p.OmissionThreshold), Approval.EstimateOf(sample, p.ApprovalThreshold));

    /// <summary>The criterion that this figure passes its threshold.</summary>
    public MeasureCriterion<CountyFact> Criterion(string id, string nameEn, string nameZh) =>
        new(id, nameEn, nameZh, _measure, _threshold, Explain);

    private RateEstimate? EstimateOf(ThirdPartySample sample, Threshold threshold)
    {
        var (numerator, denominator) = _counts(sample);
        return RateEstimate.Of(Name, numerator, denominator, threshold);
    }

    private Evidence Explain(CountyFact fact)
    {
        var profile = fact.Parameters.Profile;
        var parameter = _parameter(profile);
        var comparison = _comparison(profile);
        var limit = _limit(fact)!.Value;
        return new Evidence(
            Describe(_estimate(fact), fact.County.Evaluation is { } sample ? _counts(sample) : (null, null)),
            $"{limit.Describe(Formats.Percent)} ({limit.Wording})",
            $"{_parameterName}, {_comparisonName}",
            $"{parameter.Citation}; comparison: {comparison.Citation}",
            parameter.Verified && comparison.Verified);
    }

    private string Describe(RateEstimate? estimate, (int? Numerator, int? Denominator) counts)
    {
        if (estimate is not null)
        {
            return $"{Formats.Percent(estimate.Rate)} ({estimate.Numerator}/{estimate.Denominator}; 95% Wilson interval {estimate.Interval}, "
                + (estimate.Robust ? "decision robust to sampling error)" : "decision not robust to sampling error)");
        }

        return counts switch
        {
            (_, 0) => $"nothing sampled (Evaluation.{_fields.Denominator} is 0)",
            (null, null) => $"missing (Evaluation.{_fields.Numerator}, Evaluation.{_fields.Denominator})",
            (null, _) => $"missing (Evaluation.{_fields.Numerator})",
            _ => $"missing (Evaluation.{_fields.Denominator})",
        };
    }
}
