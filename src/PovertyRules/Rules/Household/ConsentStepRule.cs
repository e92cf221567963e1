namespace PovertyRules.Rules.Household;

/// <summary>户认可 — the household has agreed to exit and signed; exits without consent (被脱贫) are forbidden.</summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure), Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 拟退出贫困户认可 — no exit without the household's agreement (被脱贫 is forbidden)")]
internal sealed class ConsentStepRule() : StepRule<HouseholdFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-CONSENT";

    internal static readonly StepCriterion<HouseholdFact> Criterion = ProcedureStep.Household(Id, "Household consent", "拟退出贫困户认可", h => h.Procedure.HouseholdConsented);
}
