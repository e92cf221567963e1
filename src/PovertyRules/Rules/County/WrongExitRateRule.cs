
namespace PovertyRules.Rules.County;

/// <summary>
/// 错退率 — wrongly exited people / exited people in the third-party sample is strictly below the profile's threshold
/// (2%); a rate equal to it fails, and failing it alone blocks the exit.
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困县退出专项评估检查 (国开办发〔2017〕56号): 错退率低于2%，任一指标不达标不得退出 — wrong-exit rate strictly below the profile's threshold")]
internal sealed class WrongExitRateRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-WRONG-EXIT";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.WrongExit.Criterion(Id, "Wrong-exit rate below the threshold", "错退率低于标准");
}
