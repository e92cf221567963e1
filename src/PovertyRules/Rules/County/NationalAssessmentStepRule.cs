using NRules.Fluent.Dsl;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>国家专项评估检查 — the national special assessment (spot check) was passed (step 5 of 6).</summary>
[Name(Id), Tag(RuleTags.CountyProcedure)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 国务院扶贫开发领导小组组织中央和国家机关有关部门及相关力量对地方退出情况进行专项评估检查 — the national special assessment is passed")]
internal sealed class NationalAssessmentStepRule : CountyRule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-NATIONAL-ASSESSMENT";

    /// <inheritdoc />
    public override void Define() => Done(Criterion, c => c.Procedure.NationalAssessment);

    private static Evidence Explain(CountyFact fact) => StepEvidence.Of(fact.Procedure.NationalAssessment, "Procedure.NationalAssessment", Citations.CountyProcedure);

    internal static readonly Criterion<CountyFact> Criterion = new(Id, CriterionKind.ProcedureStep, "National special assessment", "国家专项评估检查", Explain);
}
