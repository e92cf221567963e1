using PovertyRules.Policy;

namespace PovertyRules.Rules.Village;

/// <summary>乡镇内公示无异议 — the delisting was publicly noticed within the township and no objection remains unresolved.</summary>
[Name(Id), Tag(RuleTags.VillageProcedure), Description("贫困村退出程序 (中办发〔2016〕16号 三(二)): 在乡镇内公示无异议 — public notice within the township with no unresolved objection")]
internal sealed class TownshipNoticeStepRule() : VillageRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-PROC-NOTICE";

    private static Evidence Explain(VillageFact fact)
    {
        var procedure = fact.Village.Procedure;
        var notice = procedure?.NoticeHeld switch { true => "held", false => "not held", null => "not recorded (Procedure.NoticeHeld)" };
        var objections = procedure?.UnresolvedObjections?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? "not recorded (Procedure.UnresolvedObjections)";
        return new Evidence($"notice {notice}, unresolved objections {objections}", "notice held, no unresolved objection", null, Citations.VillageProcedure, true);
    }

    internal static readonly Criterion<VillageFact> Criterion = new PredicateCriterion<VillageFact>(
        Id, CriterionKind.ProcedureStep, "Township public notice without objection", "乡镇内公示无异议",
        notMet: v => v.Procedure.NoticeHeld == false || v.Procedure.UnresolvedObjections > 0,
        unresolved: v => !(v.Procedure.NoticeHeld == true && v.Procedure.UnresolvedObjections == 0),
        Explain);
}
