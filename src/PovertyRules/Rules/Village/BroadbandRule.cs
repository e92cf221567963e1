namespace PovertyRules.Rules.Village;

/// <summary>通宽带 — the village has broadband, where the profile requires it (basic public services).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 通宽带 — the village has broadband, where the profile requires it")]
internal sealed class BroadbandRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-BROADBAND";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Broadband", "通宽带", v => v.Village.Broadband);
}
