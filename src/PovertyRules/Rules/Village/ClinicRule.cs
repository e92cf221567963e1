namespace PovertyRules.Rules.Village;

/// <summary>标准化卫生室 — the village has a clinic, where the profile requires it (basic public services).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 标准化卫生室 — the village has a clinic, where the profile requires it")]
internal sealed class ClinicRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-CLINIC";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Village clinic", "标准化卫生室", v => v.Village.Clinic);
}
