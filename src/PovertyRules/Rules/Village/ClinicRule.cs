using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>标准化卫生室 — the village has a clinic, where the profile requires it (basic public services).</summary>
[Name(Id)]
[Description("贫困村退出统筹考虑村内基础设施、基本公共服务 (中办发〔2016〕16号 二(二)): 标准化卫生室 — the village has a clinic, where the profile requires it")]
[Tag(RuleTags.VillageDelisting)]
public sealed class ClinicRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-CLINIC";

    internal const VillageFacilities Facility = VillageFacilities.Clinic;

    internal static readonly Criterion<VillageFact> Criterion = Facilities.Criterion(Id, Facility, "Village clinic", "标准化卫生室");

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
