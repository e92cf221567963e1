using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>核实 — the village committee and the resident task force have verified the appraisal.</summary>
[Name(Id)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 经村两委和驻村工作队核实")]
[Tag(RuleTags.HouseholdProcedure)]
public sealed class VerificationStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-VERIFICATION";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ProcedureStep, "Verification by village committee and task force", "村两委和驻村工作队核实", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Step(h) != true);
        Then()
            .Do(_ => household.Record(Criterion, ProcedureSteps.Verdict(Step(household))));
    }

    private static bool? Step(HouseholdFact fact) => fact.Household.ExitProcedure?.Verified;

    private static Evidence Explain(HouseholdFact fact) => ProcedureSteps.Explain(Step(fact), "Verified");
}
