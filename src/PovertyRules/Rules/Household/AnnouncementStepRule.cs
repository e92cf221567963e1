namespace PovertyRules.Rules.Household;

/// <summary>公告 — the exit has been announced and the household deregistered (销号).</summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure), Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 公告退出，在建档立卡贫困人口中销号")]
internal sealed class AnnouncementStepRule() : StepRule<HouseholdFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-ANNOUNCEMENT";

    internal static readonly StepCriterion<HouseholdFact> Criterion = ProcedureStep.Household(Id, "Announcement and deregistration", "公告退出并销号", h => h.Procedure.Announced);
}
