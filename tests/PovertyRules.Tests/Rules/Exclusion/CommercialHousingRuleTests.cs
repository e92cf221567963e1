using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Exclusion;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Exclusion;

public class CommercialHousingRuleTests
{
    private const string Id = CommercialHousingRule.Id;

    [Fact]
    public void Purchased_commercial_housing_excludes_the_household()
    {
        var result = Engine.Assess(Households.Exiting() with { OwnedHousing = [new OwnedProperty(DwellingKind.SelfBuilt), new OwnedProperty(DwellingKind.CommercialPurchase)] });

        result.Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
        result.Finding(Id).Actual.Should().Contain("CommercialPurchase");
    }

    [Theory]
    [InlineData(DwellingKind.Resettlement)]
    [InlineData(DwellingKind.DisasterRebuild)]
    [InlineData(DwellingKind.SelfBuilt)]
    public void Resettlement_and_rebuilt_housing_are_never_commercial_housing(DwellingKind kind)
    {
        Engine.Assess(Households.Exiting() with { OwnedHousing = [new OwnedProperty(kind)] }).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Resettlement_housing_is_not_commercial_even_under_the_strictest_profile()
    {
        var strict = Engine.National2016 with
        {
            WorkVehiclesExcluded = new(true, "t", true),
            DisabilityVehicleExempt = new(false, "t", true),
            CadreWithMajorCauseExempt = new(false, "t", true),
        };

        Engine.Assess(Households.Exiting() with { OwnedHousing = [new OwnedProperty(DwellingKind.Resettlement)] }, strict)
            .OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Housing_not_recorded_is_unknown_and_none_recorded_is_met()
    {
        Engine.Assess(Households.Exiting() with { OwnedHousing = null }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Engine.Assess(Households.Exiting() with { OwnedHousing = [] }).OutcomeOf(Id).Should().Be(Outcome.Met);
    }
}
