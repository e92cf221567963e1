
namespace PovertyRules.Rules.Village;

/// <summary>
/// 村集体经济收入 — the village collective economy's income is at least the profile's minimum, where the profile sets
/// one (no national minimum; Hunan 2016: 40,000 yuan a year). An income equal to the minimum passes.
/// </summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑集体经济收入等因素 (中办发〔2016〕16号 二(二)); provinces set a minimum (湖南 2016: 村集体经济收入4万元以上): collective income at least the profile's minimum, where it sets one")]
internal sealed class CollectiveIncomeRule() : MeasureRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-COLLECTIVE-INCOME";

    internal static readonly MeasureCriterion<VillageFact> Criterion =
        MinimumAmount.Criterion<VillageFact>(Id, "Collective economy income", "村集体经济收入达标", v => v.CollectiveIncome, v => v.Parameters.MinimumCollectiveIncome, p => p.VillageMinimumCollectiveIncome, "a year");
}
