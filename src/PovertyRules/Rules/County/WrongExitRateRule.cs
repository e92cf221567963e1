
namespace PovertyRules.Rules.County;

/// <summary>
/// 错退率 — wrongly exited people / exited people in the third-party sample is below the profile's threshold (2%);
/// failing it alone blocks the exit. The profile's <c>wrongExitRateComparison</c> says whether a rate equal to the
/// threshold fails (the 2016 statements' 必须低于, CN-2014 … CN-2016) or passes (the 2017 method's 高于2%的不得退出).
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("脱贫人口错退率必须低于2% (国务院扶贫办, 2017); 脱贫人口错退率高于2%的，不得退出 (国开办发〔2017〕56号) — wrong-exit rate below, or at most, the profile's threshold as its comparison says")]
internal sealed class WrongExitRateRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-WRONG-EXIT";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.WrongExit.Criterion(Id, "Wrong-exit rate below the threshold", "错退率低于标准");
}
