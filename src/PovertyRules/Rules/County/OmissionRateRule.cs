
namespace PovertyRules.Rules.County;

/// <summary>
/// 漏评率 — omitted poor people found / non-registered rural people in the sampled villages is below the profile's
/// threshold (2%); failing it alone blocks the exit. The profile's <c>omissionRateComparison</c> says whether a rate
/// equal to the threshold fails (the 2016 statements, CN-2014 … CN-2016) or passes (the 2017 method's 超过2%的不得退出).
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("贫困人口漏评率必须低于2% (国务院扶贫办, 2017); 漏评率超过2%的，不得退出 (国开办发〔2017〕56号) — omission rate below, or at most, the profile's threshold as its comparison says")]
internal sealed class OmissionRateRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-OMISSION";

    internal static readonly MeasureCriterion<CountyFact> Criterion = SampleRate.Omission.Criterion(Id, "Omission rate below the threshold", "漏评率低于标准");
}
