namespace PovertyRules.Rules.County;

/// <summary>市级扶贫开发领导小组初审 — the city reviewed the county's proposal (step 2 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 市级扶贫开发领导小组初审 — the city reviews the proposal")]
internal sealed class CityReviewStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-CITY-REVIEW";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "City review", "市级初审", c => c.Procedure.CityReview);
}
