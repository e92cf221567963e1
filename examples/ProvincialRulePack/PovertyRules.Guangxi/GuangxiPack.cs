using PovertyRules.Guangxi.Rules;
using PovertyRules.Policy;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi;

/// <summary>
/// Guangxi's household checklist (八有一超) as a rule pack: what the province requires of an exiting household beyond
/// the national 两不愁三保障 — floor area per person, water quantity, fetch time and supply reliability, electricity,
/// a television or smartphone. It applies under a profile with a <c>packs.guangxi</c> section
/// (<c>Profiles/guangxi-2019.json</c>) and reads each household's <c>Extensions["guangxi"]</c>
/// (<see cref="GuangxiHousehold"/>).
/// </summary>
public sealed class GuangxiPack : HouseholdRulePack<GuangxiHousehold, GuangxiParameters>
{
    /// <summary>The profile section and extension name.</summary>
    public const string Name = "guangxi";

    /// <inheritdoc />
    public override string Section => Name;

    /// <inheritdoc />
    public override IReadOnlyList<PackCriterion<GuangxiHousehold, GuangxiParameters>> Criteria { get; } =
    [
        FloorAreaRule.Criterion,
        WaterQuantityRule.Criterion,
        WaterFetchTimeRule.Criterion,
        WaterReliabilityRule.Criterion,
        ElectricityRule.Criterion,
        TelevisionOrSmartphoneRule.Criterion,
    ];

    /// <inheritdoc />
    public override GuangxiParameters ReadParameters(PackSection section) =>
        new(
            section,
            section.Require("minimumFloorAreaPerPerson", 0m, 1_000m),
            section.Require("minimumWaterLitresPerPersonPerDay", 0m, 1_000m),
            section.Require("maximumWaterFetchRoundTripMinutes", 0m, 24m * 60m),
            section.Require("minimumWaterSupplyReliability", 0m, 1m));
}
