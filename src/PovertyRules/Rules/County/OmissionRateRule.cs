using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.County;

/// <summary>
/// 漏评率 — omitted poor people found / non-registered rural people in the sampled villages is strictly below the
/// profile's threshold (2%); a rate equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id)]
[Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 漏评率低于2%，任一指标不达标不得退出 — omission rate strictly below the profile's threshold")]
[Tag(RuleTags.CountyDecapping)]
public sealed class OmissionRateRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-OMISSION";

    internal static readonly Criterion<CountyFact> Criterion =
        new(Id, CriterionKind.ExitCriterion, "Omission rate below the threshold", "漏评率低于标准", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Test(c) != Verdict.Met);
        Then()
            .Do(_ => county.Record(Criterion, Test(county)));
    }

    internal static Verdict Test(CountyFact fact) =>
        Shares.Below(fact.County.Evaluation?.OmittedPoorPeople, fact.County.Evaluation?.NonRegisteredPeopleSampled, fact.Parameters.OmissionThreshold);

    private static Evidence Explain(CountyFact fact)
    {
        var threshold = fact.Parameters.Profile.OmissionRateThreshold;
        var sample = fact.County.Evaluation;
        return new Evidence(
            ThirdPartyRates.Describe(fact.Evaluation?.Omission, sample?.OmittedPoorPeople, sample?.NonRegisteredPeopleSampled, "OmittedPoorPeople", "NonRegisteredPeopleSampled"),
            $"< {Shares.Percent(threshold.Value)}",
            "omissionRateThreshold",
            threshold.Citation,
            threshold.Verified);
    }
}
