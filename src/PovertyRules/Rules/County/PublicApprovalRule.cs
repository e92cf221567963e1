
namespace PovertyRules.Rules.County;

/// <summary>
/// 群众认可度 — approving households / surveyed households is strictly above the profile's threshold (90%); an
/// approval equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 群众认可度高于90%，任一指标不达标不得退出 — public approval strictly above the profile's threshold")]
internal sealed class PublicApprovalRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-APPROVAL";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.Approval.Criterion(Id, "Public approval above the threshold", "群众认可度高于标准");
}
