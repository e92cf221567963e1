using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.County;

public class RuralIncomeRuleTests
{
    private const string Id = RuralIncomeRule.Id;

    private static readonly PovertyRules.Policy.PolicyProfile WithTarget =
        Levels.National2016 with { CountyMinimumRuralIncome = new(8_000m, "provincial target (test figure)", false) };

    [Fact]
    public void Nationally_there_is_no_county_income_target()
    {
        Levels.Assess(Levels.ExitingCounty() with { RuralPerCapitaIncome = 1m }).Findings.Should().NotContain(f => f.RuleId == Id);
    }

    [Fact]
    public void With_a_provincial_target_income_equal_to_it_passes_and_one_fen_less_fails()
    {
        Levels.Assess(Levels.ExitingCounty() with { RuralPerCapitaIncome = 8_000m }, WithTarget).OutcomeOf(Id).Should().Be(Outcome.Met);
        var result = Levels.Assess(Levels.ExitingCounty() with { RuralPerCapitaIncome = 7_999.99m }, WithTarget);
        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void With_a_provincial_target_missing_income_is_unknown()
    {
        Levels.Assess(Levels.ExitingCounty() with { RuralPerCapitaIncome = null }, WithTarget).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }
}
