using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class SafeDrinkingWaterRuleTests
{
    private const string Id = SafeDrinkingWaterRule.Id;

    [Fact]
    public void Water_is_not_a_criterion_in_2016()
    {
        var result = Engine.Assess(Households.Exiting() with { SafeDrinkingWater = false });

        result.Findings.Should().NotContain(f => f.RuleId == Id);
        result.Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void Unsafe_water_fails_from_2019()
    {
        var profile = PolicyProfiles.National(2019);
        var result = Engine.Assess(Households.Exiting(year: 2019, income: 4000m) with { SafeDrinkingWater = false }, profile);

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
    }

    [Fact]
    public void Switching_water_on_for_2016_makes_it_a_criterion()
    {
        var profile = Engine.National2016 with { SafeDrinkingWaterRequired = new(true, "proposal", false) };

        Engine.Assess(Households.Exiting() with { SafeDrinkingWater = null }, profile).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Engine.Assess(Households.Exiting(), profile).OutcomeOf(Id).Should().Be(Outcome.Met);
    }
}
