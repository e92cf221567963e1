using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>县级扶贫开发领导小组提出退出 — the county's poverty-alleviation leading group proposed the exit (step 1 of 6).</summary>
[Name(Id)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 县级扶贫开发领导小组提出退出 — the county leading group proposes the exit")]
[Tag(RuleTags.CountyProcedure)]
public sealed class CountyProposalStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROPOSAL";

    internal static readonly Criterion<CountyFact> Criterion =
        DecappingSteps.Criterion(Id, "County proposal", "县级提出退出", Done, nameof(DecappingProcedureRecord.CountyProposal));

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Done(c) != true);
        Then()
            .Do(_ => county.Record(Criterion, DecappingSteps.Verdict(Done(county))));
    }

    private static bool? Done(CountyFact fact) => fact.County.Procedure?.CountyProposal;
}
