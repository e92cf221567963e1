using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>综合文化服务中心 — the village has a cultural activity centre, where the profile requires it (basic public services).</summary>
[Name(Id)]
[Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 综合文化服务中心 — the village has a cultural activity centre, where the profile requires it")]
[Tag(RuleTags.VillageDelisting)]
public sealed class CulturalCentreRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-CULTURE";

    internal const VillageFacilities Facility = VillageFacilities.CulturalCentre;

    internal static readonly Criterion<VillageFact> Criterion = Facilities.Criterion(Id, Facility, "Cultural activity centre", "综合文化服务中心");

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
