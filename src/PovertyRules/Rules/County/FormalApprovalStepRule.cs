namespace PovertyRules.Rules.County;

/// <summary>省级政府正式批准退出 — the provincial government formally approved the exit (step 6 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 对符合退出条件的贫困县，由省级政府正式批准退出 — the provincial government formally approves the exit")]
internal sealed class FormalApprovalStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-FORMAL-APPROVAL";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "Formal approval by the province", "省级政府正式批准退出", c => c.Procedure.ProvinceFormalApproval);
}
