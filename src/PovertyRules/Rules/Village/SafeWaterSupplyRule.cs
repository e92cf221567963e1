namespace PovertyRules.Rules.Village;

/// <summary>安全饮水 — the village has a safe drinking-water supply, where the profile requires it (village infrastructure).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 安全饮水 — the village has a safe drinking-water supply, where the profile requires it")]
internal sealed class SafeWaterSupplyRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-WATER";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Safe drinking-water supply", "安全饮水", v => v.Village.SafeDrinkingWater);
}
