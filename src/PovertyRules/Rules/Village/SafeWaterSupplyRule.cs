using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>安全饮水 — the village has a safe drinking-water supply, where the profile requires it (village infrastructure).</summary>
[Name(Id)]
[Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 安全饮水 — the village has a safe drinking-water supply, where the profile requires it")]
[Tag(RuleTags.VillageDelisting)]
public sealed class SafeWaterSupplyRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-WATER";

    internal const VillageFacilities Facility = VillageFacilities.SafeDrinkingWater;

    internal static readonly Criterion<VillageFact> Criterion = Facilities.Criterion(Id, Facility, "Safe drinking-water supply", "安全饮水");

    /// <inheritdoc />
    public override void Define()
    {
        VillageFact village = default!;

        When()
            .Match(() => village, v => Facilities.Fires(v, Facility));
        Then()
            .Do(_ => village.Record(Criterion, Facilities.Verdict(village, Facility)));
    }
}
