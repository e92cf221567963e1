using System.Globalization;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 公示无异议 — the exit was publicly noticed in the village for at least the profile's minimum days and no objection
/// remains unresolved.
/// </summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure), Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 在村内公示无异议 — public notice in the village for the required days with no unresolved objection")]
internal sealed class PublicNoticeStepRule() : HouseholdRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-NOTICE";

    private static Evidence Explain(HouseholdFact fact)
    {
        var procedure = fact.Household.ExitProcedure;
        var days = procedure?.NoticeDays is { } d ? d.ToString(CultureInfo.InvariantCulture) + " days" : "not recorded (ExitProcedure.NoticeDays)";
        var objections = procedure?.UnresolvedObjections is { } o
            ? o.ToString(CultureInfo.InvariantCulture)
            : "not recorded (ExitProcedure.UnresolvedObjections)";
        var minimum = fact.Parameters.Profile.MinimumNoticeDays;
        return new Evidence(
            $"notice {days}, unresolved objections {objections}",
            $"notice ≥ {minimum.Value} days, no unresolved objection",
            "minimumNoticeDays",
            minimum.Citation,
            minimum.Verified);
    }

    internal static readonly Criterion<HouseholdFact> Criterion = new PredicateCriterion<HouseholdFact>(
        Id, CriterionKind.ProcedureStep, "Public notice without objection", "村内公示无异议",
        notMet: h => h.Procedure.NoticeDays < h.Parameters.MinimumNoticeDays || h.Procedure.UnresolvedObjections > 0,
        unresolved: h => !(h.Procedure.NoticeDays >= h.Parameters.MinimumNoticeDays && h.Procedure.UnresolvedObjections == 0),
        Explain);
}
