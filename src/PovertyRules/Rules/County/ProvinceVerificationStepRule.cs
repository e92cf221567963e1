namespace PovertyRules.Rules.County;

/// <summary>省级核查并公示无异议 — the province verified the exit and published a notice with no objection (step 3 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 省级扶贫开发领导小组核查，确定退出名单后向社会公示征求意见，公示无异议 — the province verifies and publishes a notice with no objection")]
internal sealed class ProvinceVerificationStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROVINCE-NOTICE";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "Province verification and public notice", "省级核查并公示无异议", c => c.Procedure.ProvinceVerificationAndNotice);
}
