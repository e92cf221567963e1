using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.County;

/// <summary>
/// 群众认可度 — approving households / surveyed households is strictly above the profile's threshold (90%); an
/// approval equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id)]
[Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 群众认可度高于90%，任一指标不达标不得退出 — public approval strictly above the profile's threshold")]
[Tag(RuleTags.CountyDecapping)]
public sealed class PublicApprovalRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-APPROVAL";

    internal static readonly Criterion<CountyFact> Criterion =
        new(Id, CriterionKind.ExitCriterion, "Public approval above the threshold", "群众认可度高于标准", Explain);

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
        Shares.Above(fact.County.Evaluation?.HouseholdsApproving, fact.County.Evaluation?.HouseholdsSurveyed, fact.Parameters.ApprovalThreshold);

    private static Evidence Explain(CountyFact fact)
    {
        var threshold = fact.Parameters.Profile.PublicApprovalThreshold;
        var sample = fact.County.Evaluation;
        return new Evidence(
            ThirdPartyRates.Describe(fact.Evaluation?.Approval, sample?.HouseholdsApproving, sample?.HouseholdsSurveyed, "HouseholdsApproving", "HouseholdsSurveyed"),
            $"> {Shares.Percent(threshold.Value)}",
            "publicApprovalThreshold",
            threshold.Citation,
            threshold.Verified);
    }
}
