using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>公告 — the exit has been announced and the household deregistered (销号).</summary>
[Name(Id)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 公告退出，在建档立卡贫困人口中销号")]
[Tag(RuleTags.HouseholdProcedure)]
public sealed class AnnouncementStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-ANNOUNCEMENT";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ProcedureStep, "Announcement and deregistration", "公告退出并销号", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Step(h) != true);
        Then()
            .Do(_ => household.Record(Criterion, ProcedureSteps.Verdict(Step(household))));
    }

    private static bool? Step(HouseholdFact fact) => fact.Household.ExitProcedure?.Announced;

    private static Evidence Explain(HouseholdFact fact) => ProcedureSteps.Explain(Step(fact), "Announced");
}
