namespace PovertyRules.Rules.Village;

/// <summary>综合文化服务中心 — the village has a cultural activity centre, where the profile requires it (basic public services).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 综合文化服务中心 — the village has a cultural activity centre, where the profile requires it")]
internal sealed class CulturalCentreRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-CULTURE";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Cultural activity centre", "综合文化服务中心", v => v.Village.CulturalCentre);
}
