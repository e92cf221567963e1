using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>通宽带 — the village has broadband, where the profile requires it (basic public services).</summary>
[Name(Id)]
[Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 通宽带 — the village has broadband, where the profile requires it")]
[Tag(RuleTags.VillageDelisting)]
public sealed class BroadbandRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-BROADBAND";

    internal const VillageFacilities Facility = VillageFacilities.Broadband;

    internal static readonly Criterion<VillageFact> Criterion = Facilities.Criterion(Id, Facility, "Broadband", "通宽带");

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
