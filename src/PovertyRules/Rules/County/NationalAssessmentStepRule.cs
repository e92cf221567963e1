namespace PovertyRules.Rules.County;

/// <summary>国家专项评估检查 — the national special assessment (spot check) was passed (step 5 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 国务院扶贫开发领导小组组织中央和国家机关有关部门及相关力量对地方退出情况进行专项评估检查 — the national special assessment is passed")]
internal sealed class NationalAssessmentStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-NATIONAL-ASSESSMENT";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "National special assessment", "国家专项评估检查", c => c.Procedure.NationalAssessment);
}
