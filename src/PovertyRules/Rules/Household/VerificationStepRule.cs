namespace PovertyRules.Rules.Household;

/// <summary>核实 — the village committee and the resident task force have verified the appraisal.</summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure), Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 经村两委和驻村工作队核实")]
internal sealed class VerificationStepRule() : StepRule<HouseholdFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-VERIFICATION";

    internal static readonly StepCriterion<HouseholdFact> Criterion = ProcedureStep.Household(Id, "Verification by village committee and task force", "村两委和驻村工作队核实", h => h.Procedure.Verified);
}
