using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.County;

/// <summary>
/// 错退率 — wrongly exited people / exited people in the third-party sample is strictly below the profile's threshold
/// (2%); a rate equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id)]
[Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 错退率低于2%，任一指标不达标不得退出 — wrong-exit rate strictly below the profile's threshold")]
[Tag(RuleTags.CountyDecapping)]
public sealed class WrongExitRateRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-WRONG-EXIT";

    internal static readonly Criterion<CountyFact> Criterion =
        new(Id, CriterionKind.ExitCriterion, "Wrong-exit rate below the threshold", "错退率低于标准", Explain);

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
        Shares.Below(fact.County.Evaluation?.WronglyExitedPeople, fact.County.Evaluation?.ExitedPeopleSampled, fact.Parameters.WrongExitThreshold);

    private static Evidence Explain(CountyFact fact)
    {
        var threshold = fact.Parameters.Profile.WrongExitRateThreshold;
        var sample = fact.County.Evaluation;
        return new Evidence(
            ThirdPartyRates.Describe(fact.Evaluation?.WrongExit, sample?.WronglyExitedPeople, sample?.ExitedPeopleSampled, "WronglyExitedPeople", "ExitedPeopleSampled"),
            $"< {Shares.Percent(threshold.Value)}",
            "wrongExitRateThreshold",
            threshold.Citation,
            threshold.Verified);
    }
}
