
namespace PovertyRules.Rules.County;

/// <summary>
/// 贫困发生率 — the county's poverty incidence is below the profile's threshold: 2% nationally, 3% in the western
/// region or a county the profile treats as western. With the profile's comprehensive-incidence option the numerator
/// also counts the omitted and wrongly exited people the third-party sample implies for the county. The profile's
/// <c>countyIncidenceComparison</c> says whether an incidence equal to the threshold fails (低于, the built-in profiles)
/// or passes (以下 read as inclusive).
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困县退出以贫困发生率为主要衡量标准，原则上贫困县贫困发生率降至2%以下(西部地区降至3%以下) (中办发〔2016〕16号 二(三)); optionally the comprehensive incidence (剩余+漏评+错退人口): incidence below (or, as the profile's comparison says, at most) the profile's threshold for the county's region")]
internal sealed class CountyIncidenceRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-INCIDENCE";

    private static Evidence Explain(CountyFact fact)
    {
        var profile = fact.Parameters.Profile;
        var threshold = fact.Region.Western ? profile.WesternCountyIncidenceThreshold : profile.CountyIncidenceThreshold;
        var county = fact.County;
        var actual = IncidenceText.Describe(county.RemainingPoorPeople, fact.UnassessedHouseholds, county.RuralPopulation);
        if (fact.Parameters.Comprehensive)
        {
            actual = fact.ComprehensiveIncidence is { } comprehensive
                ? $"comprehensive {Formats.Percent(comprehensive)} (remaining + sampled omission rate × non-registered people + sampled wrong-exit rate × {Formats.People(county.ExitedPeople!.Value)} exited people); plain {actual}"
                : $"comprehensive incidence missing (needs ExitedPeople and the sample's wrong-exit and omission counts); plain {actual}";
        }

        var comparison = profile.CountyIncidenceComparison;
        return new Evidence(
            actual,
            $"{fact.IncidenceThreshold.Describe(Formats.Percent)} ({fact.Region}; {fact.IncidenceThreshold.Wording})",
            (fact.Region.Western ? "westernCountyIncidenceThreshold" : "countyIncidenceThreshold") + ", countyIncidenceComparison, comprehensiveIncidence",
            $"{threshold.Citation}; comparison: {comparison.Citation}",
            threshold.Verified && comparison.Verified && fact.Region.Verified(profile) && (!fact.Parameters.Comprehensive || profile.ComprehensiveIncidence.Verified));
    }

    internal static readonly MeasureCriterion<CountyFact> Criterion =
        new(Id, "Poverty incidence below the threshold", "贫困发生率低于退出标准", c => c.TestedIncidence, c => c.IncidenceThreshold, Explain);
}
