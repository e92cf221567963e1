using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Exclusion;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Exclusion;

public class RegisteredBusinessRuleTests
{
    [Theory]
    [InlineData(true, Outcome.NotMet, HouseholdStatus.IneligibleWronglyRegistered)]
    [InlineData(false, Outcome.Met, HouseholdStatus.MayExit)]
    [InlineData(null, Outcome.Unknown, HouseholdStatus.Undetermined)]
    public void Registered_business_excludes_the_household(bool? business, Outcome outcome, HouseholdStatus status)
    {
        var result = Engine.Assess(Households.Exiting() with { RegisteredBusiness = business });

        result.OutcomeOf(RegisteredBusinessRule.Id).Should().Be(outcome);
        result.Status.Should().Be(status);
    }
}
