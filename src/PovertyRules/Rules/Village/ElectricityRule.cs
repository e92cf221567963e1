using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>通动力电 — the village has grid power, where the profile requires it (village infrastructure).</summary>
[Name(Id)]
[Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 通动力电 — the village has grid power, where the profile requires it")]
[Tag(RuleTags.VillageDelisting)]
public sealed class ElectricityRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-POWER";

    internal const VillageFacilities Facility = VillageFacilities.Electricity;

    internal static readonly Criterion<VillageFact> Criterion = Facilities.Criterion(Id, Facility, "Grid power", "通动力电");

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
