namespace PovertyRules.Rules.Village;

/// <summary>通动力电 — the village has grid power, where the profile requires it (village infrastructure).</summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 通动力电 — the village has grid power, where the profile requires it")]
internal sealed class ElectricityRule() : StepRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-POWER";

    internal static readonly StepCriterion<VillageFact> Criterion = FacilityCriterion.Of(Id, "Grid power", "通动力电", v => v.Village.Electricity);
}
