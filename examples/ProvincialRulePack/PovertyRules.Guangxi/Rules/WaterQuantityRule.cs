using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>饮水安全·水量: at least the profile's litres per person per day (35 L in the checklist).</summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有安全饮用水: 每人每天可获得的水量不低于35升 — water quantity per person per day")]
internal sealed class WaterQuantityRule : Rule
{
    public const string Id = "GX-WATER-QUANTITY";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.WaterLitresPerPersonPerDay == null
            || c.Data.WaterLitresPerPersonPerDay < c.Parameters.MinimumWaterLitres.Value);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.WaterLitresPerPersonPerDay == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Water quantity", "饮水水量达标", PackCriterionRole.ExitCriterion, Explain);

    private static CriterionEvidence Explain(HouseholdCheck<GuangxiHousehold, GuangxiParameters> c)
    {
        var figure = c.Parameters.MinimumWaterLitres;
        return Evidence.Of(
            Evidence.Number(c.Data?.WaterLitresPerPersonPerDay, "L per person per day", "waterLitresPerPersonPerDay"),
            $"at least {Evidence.Figure(figure)}",
            c.Parameters,
            "minimumWaterLitresPerPersonPerDay",
            figure);
    }
}
