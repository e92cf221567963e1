using System.Globalization;
using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 公示无异议 — the exit was publicly noticed in the village for at least the profile's minimum days and no objection
/// remains unresolved.
/// </summary>
[Name(Id)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 在村内公示无异议 — public notice in the village for the required days with no unresolved objection")]
[Tag(RuleTags.HouseholdProcedure)]
public sealed class PublicNoticeStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-NOTICE";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ProcedureStep, "Public notice without objection", "村内公示无异议", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact)
    {
        var procedure = fact.Household.ExitProcedure;
        var days = procedure?.NoticeDays;
        var objections = procedure?.UnresolvedObjections;
        if (days < fact.Parameters.MinimumNoticeDays || objections > 0)
        {
            return Verdict.NotMet;
        }

        return days is null || objections is null ? Verdict.Unknown : Verdict.Met;
    }

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
}
