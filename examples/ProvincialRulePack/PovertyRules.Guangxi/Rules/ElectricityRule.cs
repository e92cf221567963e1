using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>有电: the household has electricity.</summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有电: 通生活用电 — household electricity")]
internal sealed class ElectricityRule : Rule
{
    public const string Id = "GX-ELECTRICITY";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.Electricity != true);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.Electricity == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Household electricity", "通生活用电", PackCriterionRole.ExitCriterion, c => Evidence.Yes(c.Data?.Electricity, "electricity", "electricity"));
}
