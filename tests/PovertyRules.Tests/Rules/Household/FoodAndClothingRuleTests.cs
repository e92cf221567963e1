using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class FoodAndClothingRuleTests
{
    private const string Id = FoodAndClothingRule.Id;

    [Theory]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    [InlineData(null, Outcome.Unknown)]
    public void Food_and_clothing_outcome_follows_the_record(bool? secure, Outcome expected)
    {
        Engine.Assess(Households.Exiting() with { FoodAndClothingSecure = secure }).OutcomeOf(Id).Should().Be(expected);
    }

    [Fact]
    public void Insecure_food_and_clothing_keeps_the_household_poor()
    {
        Engine.Assess(Households.Exiting() with { FoodAndClothingSecure = false }).Status.Should().Be(HouseholdStatus.RemainsPoor);
    }
}
