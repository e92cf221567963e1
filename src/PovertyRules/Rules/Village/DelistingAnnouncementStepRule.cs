
namespace PovertyRules.Rules.Village;

/// <summary>公告退出 — the delisting was announced after the notice.</summary>
[Name(Id), Tag(RuleTags.VillageProcedure), Description("贫困村退出程序 (中办发〔2016〕16号 三(二)): 公示无异议后，公告退出 — the delisting is announced")]
internal sealed class DelistingAnnouncementStepRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-PROC-ANNOUNCEMENT";

    internal static readonly StepCriterion<VillageFact> Criterion = ProcedureStep.Village(Id, "Delisting announced", "公告退出", v => v.Procedure.Announced);
}
