namespace PovertyRules.Rules.Village;

/// <summary>通硬化路 — a hardened road reaches the village, where the profile requires it (village infrastructure).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 通硬化路 — a hardened road reaches the village, where the profile requires it")]
internal sealed class HardenedRoadRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-ROAD";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Hardened road", "通硬化路", v => v.Village.HardenedRoad);
}
