using NRules.Fluent.Dsl;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>市级扶贫开发领导小组初审 — the city reviewed the county's proposal (step 2 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 市级扶贫开发领导小组初审 — the city reviews the proposal")]
internal sealed class CityReviewStepRule : CountyRule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-CITY-REVIEW";

    /// <inheritdoc />
    public override void Define() => Done(Criterion, c => c.Procedure.CityReview);

    private static Evidence Explain(CountyFact fact) => StepEvidence.Of(fact.Procedure.CityReview, "Procedure.CityReview", Citations.CountyProcedure);

    internal static readonly Criterion<CountyFact> Criterion = new(Id, CriterionKind.ProcedureStep, "City review", "市级初审", Explain);
}
