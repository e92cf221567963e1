using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Village;

/// <summary>
/// 村集体经济收入 — the village collective economy's income is at least the profile's minimum, where the profile sets
/// one (no national minimum; Hunan 2016: 40,000 yuan a year). An income equal to the minimum passes.
/// </summary>
[Name(Id)]
[Description("贫困村退出统筹考虑集体经济收入等因素 (中办发〔2016〕16号 二(二)); provinces set a minimum (湖南 2016: 村集体经济收入4万元以上): collective income at least the profile's minimum, where it sets one")]
[Tag(RuleTags.VillageDelisting)]
public sealed class CollectiveIncomeRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-COLLECTIVE-INCOME";

    internal static readonly Criterion<VillageFact> Criterion =
        new(Id, CriterionKind.ExitCriterion, "Collective economy income", "村集体经济收入达标", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        VillageFact village = default!;

        When()
            .Match(() => village, v => Test(v) != Verdict.Met);
        Then()
            .Do(_ => village.Record(Criterion, Test(village)));
    }

    internal static Verdict Test(VillageFact fact)
    {
        if (fact.Parameters.MinimumCollectiveIncome is not { } minimum)
        {
            return Verdict.Met;
        }

        return fact.Village.CollectiveIncome switch
        {
            null => Verdict.Unknown,
            var income when income < minimum => Verdict.NotMet,
            _ => Verdict.Met,
        };
    }

    private static Evidence Explain(VillageFact fact)
    {
        var minimum = fact.Parameters.Profile.VillageMinimumCollectiveIncome;
        return new Evidence(
            fact.Village.CollectiveIncome is { } income ? HouseholdFact.Yuan(income) : "missing (CollectiveIncome)",
            minimum.Value is { } m ? $"≥ {HouseholdFact.Yuan(m)} a year" : "no minimum",
            "villageMinimumCollectiveIncome",
            minimum.Citation,
            minimum.Verified);
    }
}
