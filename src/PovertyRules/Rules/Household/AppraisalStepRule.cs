using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>民主评议 — the village committee has held the democratic appraisal of the household's exit.</summary>
[Name(Id)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 村两委组织民主评议")]
[Tag(RuleTags.HouseholdProcedure)]
public sealed class AppraisalStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-APPRAISAL";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ProcedureStep, "Democratic appraisal", "民主评议", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Step(h) != true);
        Then()
            .Do(_ => household.Record(Criterion, ProcedureSteps.Verdict(Step(household))));
    }

    private static bool? Step(HouseholdFact fact) => fact.Household.ExitProcedure?.AppraisalHeld;

    private static Evidence Explain(HouseholdFact fact) => ProcedureSteps.Explain(Step(fact), "AppraisalHeld");
}
