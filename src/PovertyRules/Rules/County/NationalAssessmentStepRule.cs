using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>国家专项评估检查 — the national special assessment (spot check) was passed (step 5 of 6).</summary>
[Name(Id)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 国务院扶贫开发领导小组组织中央和国家机关有关部门及相关力量对地方退出情况进行专项评估检查 — the national special assessment is passed")]
[Tag(RuleTags.CountyProcedure)]
public sealed class NationalAssessmentStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-NATIONAL-ASSESSMENT";

    internal static readonly Criterion<CountyFact> Criterion =
        DecappingSteps.Criterion(Id, "National special assessment", "国家专项评估检查", Done, nameof(DecappingProcedureRecord.NationalAssessment));

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Done(c) != true);
        Then()
            .Do(_ => county.Record(Criterion, DecappingSteps.Verdict(Done(county))));
    }

    private static bool? Done(CountyFact fact) => fact.County.Procedure?.NationalAssessment;
}
