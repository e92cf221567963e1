using NRules.Fluent.Dsl;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Tests;

/// <summary>A second pack that reuses the Guangxi pack's floor-area rule id: loading both must fail.</summary>
public sealed class DuplicateFloorAreaPack : HouseholdRulePack<GuangxiHousehold, PackSection>
{
    /// <inheritdoc />
    public override string Section => "duplicate";

    /// <inheritdoc />
    public override IReadOnlyList<PackCriterion<GuangxiHousehold, PackSection>> Criteria { get; } =
        [new("GX-HOUSING-AREA", "Floor area (again)", "人均住房面积（重复）", PackCriterionRole.ReportOnly, _ => new("-", "-", null, "-", false))];

    /// <inheritdoc />
    public override PackSection ReadParameters(PackSection section) => section;
}

/// <summary>The duplicate pack's rule.</summary>
[Name("GX-HOUSING-AREA")]
internal sealed class DuplicateFloorAreaRule : Rule
{
    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, PackSection> check = default!;
        When().Match(() => check, c => c.Data == null);
        Then().Do(_ => check.Record("GX-HOUSING-AREA", Outcome.Unknown));
    }
}
