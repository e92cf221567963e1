using NRules.Fluent.Dsl;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>县级扶贫开发领导小组提出退出 — the county's poverty-alleviation leading group proposed the exit (step 1 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 县级扶贫开发领导小组提出退出 — the county leading group proposes the exit")]
internal sealed class CountyProposalStepRule : CountyRule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROPOSAL";

    /// <inheritdoc />
    public override void Define() => Done(Criterion, c => c.Procedure.CountyProposal);

    private static Evidence Explain(CountyFact fact) => StepEvidence.Of(fact.Procedure.CountyProposal, "Procedure.CountyProposal", Citations.CountyProcedure);

    internal static readonly Criterion<CountyFact> Criterion = new(Id, CriterionKind.ProcedureStep, "County proposal", "县级提出退出", Explain);
}
