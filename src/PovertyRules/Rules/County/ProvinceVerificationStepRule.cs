using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>省级核查并公示无异议 — the province verified the exit and published a notice with no objection (step 3 of 6).</summary>
[Name(Id)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 省级扶贫开发领导小组核查，确定退出名单后向社会公示征求意见，公示无异议 — the province verifies and publishes a notice with no objection")]
[Tag(RuleTags.CountyProcedure)]
public sealed class ProvinceVerificationStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-PROVINCE-NOTICE";

    internal static readonly Criterion<CountyFact> Criterion =
        DecappingSteps.Criterion(Id, "Province verification and public notice", "省级核查并公示无异议", Done, nameof(DecappingProcedureRecord.ProvinceVerificationAndNotice));

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Done(c) != true);
        Then()
            .Do(_ => county.Record(Criterion, DecappingSteps.Verdict(Done(county))));
    }

    private static bool? Done(CountyFact fact) => fact.County.Procedure?.ProvinceVerificationAndNotice;
}
