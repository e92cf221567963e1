using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>市级扶贫开发领导小组初审 — the city reviewed the county's proposal (step 2 of 6).</summary>
[Name(Id)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 市级扶贫开发领导小组初审 — the city reviews the proposal")]
[Tag(RuleTags.CountyProcedure)]
public sealed class CityReviewStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-CITY-REVIEW";

    internal static readonly Criterion<CountyFact> Criterion =
        DecappingSteps.Criterion(Id, "City review", "市级初审", Done, nameof(DecappingProcedureRecord.CityReview));

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Done(c) != true);
        Then()
            .Do(_ => county.Record(Criterion, DecappingSteps.Verdict(Done(county))));
    }

    private static bool? Done(CountyFact fact) => fact.County.Procedure?.CityReview;
}
