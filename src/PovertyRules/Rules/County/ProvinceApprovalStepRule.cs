namespace PovertyRules.Rules.County;

/// <summary>省级审定并报告 — the province approved the exit and reported it to the State Council leading group (step 4 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 公示无异议的，由各省(自治区、直辖市)扶贫开发领导小组审定后向国务院扶贫开发领导小组报告 — the province approves and reports to the State Council leading group")]
internal sealed class ProvinceApprovalStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROVINCE-APPROVAL";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "Province approval and report", "省级审定并报国务院扶贫开发领导小组", c => c.Procedure.ProvinceApprovalAndReport);
}
