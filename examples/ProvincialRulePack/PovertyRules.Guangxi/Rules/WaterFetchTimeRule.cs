using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>饮水安全·取水时间: a fetch round trip of at most the profile's minutes (20 in the checklist).</summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有安全饮用水: 人力取水往返时间不超过20分钟 — water fetch round trip")]
internal sealed class WaterFetchTimeRule : Rule
{
    public const string Id = "GX-WATER-FETCH";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.WaterFetchRoundTripMinutes == null
            || c.Data.WaterFetchRoundTripMinutes > c.Parameters.MaximumFetchMinutes.Value);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.WaterFetchRoundTripMinutes == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Water fetch time", "取水往返时间达标", PackCriterionRole.ExitCriterion, Explain);

    private static CriterionEvidence Explain(HouseholdCheck<GuangxiHousehold, GuangxiParameters> c)
    {
        var figure = c.Parameters.MaximumFetchMinutes;
        return Evidence.Of(
            Evidence.Number(c.Data?.WaterFetchRoundTripMinutes, "minutes", "waterFetchRoundTripMinutes"),
            $"at most {Evidence.Figure(figure)}",
            c.Parameters,
            "maximumWaterFetchRoundTripMinutes",
            figure);
    }
}
