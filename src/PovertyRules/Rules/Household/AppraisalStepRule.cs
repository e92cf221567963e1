namespace PovertyRules.Rules.Household;

/// <summary>民主评议 — the village committee has held the democratic appraisal of the household's exit.</summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure), Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 村两委组织民主评议")]
internal sealed class AppraisalStepRule() : StepRule<HouseholdFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-APPRAISAL";

    internal static readonly StepCriterion<HouseholdFact> Criterion = ProcedureStep.Household(Id, "Democratic appraisal", "民主评议", h => h.Procedure.AppraisalHeld);
}
