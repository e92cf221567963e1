
namespace PovertyRules.Rules.County;

/// <summary>
/// 漏评率 — omitted poor people found / non-registered rural people in the sampled villages is strictly below the
/// profile's threshold (2%); a rate equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 漏评率低于2%，任一指标不达标不得退出 — omission rate strictly below the profile's threshold")]
internal sealed class OmissionRateRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-OMISSION";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.Omission.Criterion(Id, "Omission rate below the threshold", "漏评率低于标准");
}
