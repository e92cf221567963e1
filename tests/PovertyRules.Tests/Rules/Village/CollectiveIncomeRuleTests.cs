using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Village;

public class CollectiveIncomeRuleTests
{
    private const string Id = CollectiveIncomeRule.Id;

    [Fact]
    public void Nationally_collective_income_is_not_a_criterion()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { CollectiveIncome = 0m });

        result.Findings.Should().NotContain(f => f.RuleId == Id);
        result.Status.Should().Be(VillageStatus.MayDelist);
    }

    [Fact]
    public void Under_the_Hunan_2016_overlay_income_equal_to_40000_yuan_passes()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { CollectiveIncome = 40_000m }, Levels.Hunan2016);

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Finding(Id).Threshold.Should().Be("≥ 40000.00 yuan a year");
        result.Finding(Id).Verified.Should().BeFalse("the Hunan figure rests on a news copy");
    }

    [Fact]
    public void Under_the_Hunan_2016_overlay_income_one_fen_below_40000_yuan_fails()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { CollectiveIncome = 39_999.99m }, Levels.Hunan2016);

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(VillageStatus.RemainsListed);
    }

    [Fact]
    public void Under_the_Hunan_2016_overlay_missing_income_is_unknown()
    {
        Levels.Assess(Levels.DelistableVillage() with { CollectiveIncome = null }, Levels.Hunan2016).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }
}
