using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>饮水安全·供水保证率: water supplied on at least the profile's share of days (90% in the checklist).</summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有安全饮用水: 供水保证率不低于90% — water supply reliability")]
internal sealed class WaterReliabilityRule : Rule
{
    public const string Id = "GX-WATER-RELIABILITY";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.WaterSupplyReliability == null
            || c.Data.WaterSupplyReliability < c.Parameters.MinimumSupplyReliability.Value);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.WaterSupplyReliability == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Water supply reliability", "供水保证率达标", PackCriterionRole.ExitCriterion, Explain);

    private static CriterionEvidence Explain(HouseholdCheck<GuangxiHousehold, GuangxiParameters> c)
    {
        var figure = c.Parameters.MinimumSupplyReliability;
        return Evidence.Of(
            Evidence.Number(c.Data?.WaterSupplyReliability, "of days", "waterSupplyReliability"),
            $"at least {Evidence.Figure(figure)}",
            c.Parameters,
            "minimumWaterSupplyReliability",
            figure);
    }
}
