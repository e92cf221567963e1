namespace PovertyRules.Rules.County;

/// <summary>县级扶贫开发领导小组提出退出 — the county's poverty-alleviation leading group proposed the exit (step 1 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure), Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 县级扶贫开发领导小组提出退出 — the county leading group proposes the exit")]
internal sealed class CountyProposalStepRule() : StepRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROPOSAL";

    internal static readonly StepCriterion<CountyFact> Criterion = ProcedureStep.County(Id, "County proposal", "县级提出退出", c => c.Procedure.CountyProposal);
}
