using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>
/// 有电视或智能手机: the household has a television or a smartphone. Declared report-only in this pack: it is shown
/// beside the decision and does not hold an exit back (change the role to <see cref="PackCriterionRole.ExitCriterion"/>
/// to make it binding).
/// </summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有电视或智能手机 — a television or smartphone (reported only)")]
internal sealed class TelevisionOrSmartphoneRule : Rule
{
    public const string Id = "GX-TV-PHONE";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.TelevisionOrSmartphone != true);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.TelevisionOrSmartphone == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Television or smartphone", "有电视或智能手机", PackCriterionRole.ReportOnly,
            c => Evidence.Yes(c.Data?.TelevisionOrSmartphone, "televisionOrSmartphone", "a television or a smartphone"));
}
