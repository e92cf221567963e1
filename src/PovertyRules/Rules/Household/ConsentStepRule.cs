using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>户认可 — the household has agreed to exit and signed; exits without consent (被脱贫) are forbidden.</summary>
[Name(Id)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 拟退出贫困户认可 — no exit without the household's agreement (被脱贫 is forbidden)")]
[Tag(RuleTags.HouseholdProcedure)]
public sealed class ConsentStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-CONSENT";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ProcedureStep, "Household consent", "拟退出贫困户认可", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Step(h) != true);
        Then()
            .Do(_ => household.Record(Criterion, ProcedureSteps.Verdict(Step(household))));
    }

    private static bool? Step(HouseholdFact fact) => fact.Household.ExitProcedure?.HouseholdConsented;

    private static Evidence Explain(HouseholdFact fact) => ProcedureSteps.Explain(Step(fact), "HouseholdConsented");
}
