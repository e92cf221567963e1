using NRules.Fluent.Dsl;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>核实 — the village committee and the resident task force have verified the appraisal.</summary>
[Name(Id), Tag(RuleTags.HouseholdProcedure)]
[Description("贫困户退出程序 (中办发〔2016〕16号 三(一)): 经村两委和驻村工作队核实")]
internal sealed class VerificationStepRule : HouseholdRule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "PROC-VERIFICATION";

    /// <inheritdoc />
    public override void Define() => Done(Criterion, h => h.Procedure.Verified);

    private static Evidence Explain(HouseholdFact fact) =>
        StepEvidence.Of(fact.Procedure.Verified, "ExitProcedure.Verified", Citations.ExitMechanismHouseholdProcedure);

    internal static readonly Criterion<HouseholdFact> Criterion =
        new(Id, CriterionKind.ProcedureStep, "Verification by village committee and task force", "村两委和驻村工作队核实", Explain);
}
