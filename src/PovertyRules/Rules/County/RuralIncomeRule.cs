
namespace PovertyRules.Rules.County;

/// <summary>
/// A provincial extra: the county's rural per-capita income reaches the profile's target, where the profile sets one
/// (Hunan 2016 added rural income targets for counties). An income equal to the target passes.
/// </summary>
[Name(Id), Tag(RuleTags.CountyDecapping), Description("省定贫困县退出附加指标 (e.g. 湖南省《关于建立贫困退出机制的实施意见》2016): 农村居民人均可支配收入达到省定目标 — rural per-capita income at least the profile's target, where it sets one")]
internal sealed class RuralIncomeRule() : MeasureRule<CountyFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-RURAL-INCOME";

    internal static readonly MeasureCriterion<CountyFact> Criterion =
        MinimumAmount.Criterion<CountyFact>(Id, "Rural per-capita income target", "农村居民人均收入达到目标", c => c.RuralPerCapitaIncome, c => c.Parameters.MinimumRuralIncome, p => p.CountyMinimumRuralIncome, "per person");
}
