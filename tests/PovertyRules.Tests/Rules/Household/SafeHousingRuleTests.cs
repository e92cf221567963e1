using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class SafeHousingRuleTests
{
    private const string Id = SafeHousingRule.Id;

    private static Outcome HousingOutcome(HousingGrade? grade, bool? resettled) =>
        Engine.Assess(Households.Exiting() with { Dwelling = new Dwelling { Grade = grade, Resettled = resettled } }).OutcomeOf(Id);

    [Theory]
    [InlineData(HousingGrade.A, false, Outcome.Met)]
    [InlineData(HousingGrade.B, false, Outcome.Met)]
    [InlineData(HousingGrade.C, false, Outcome.NotMet)]
    [InlineData(HousingGrade.D, false, Outcome.NotMet)]
    [InlineData(HousingGrade.C, true, Outcome.Met)]
    [InlineData(HousingGrade.D, true, Outcome.Met)]
    [InlineData(HousingGrade.D, null, Outcome.Unknown)]
    [InlineData(HousingGrade.Other, false, Outcome.Unknown)]
    [InlineData(null, true, Outcome.Met)]
    [InlineData(null, false, Outcome.Unknown)]
    public void Grades_A_and_B_or_resettlement_are_safe(HousingGrade? grade, bool? resettled, Outcome expected)
    {
        HousingOutcome(grade, resettled).Should().Be(expected);
    }

    [Fact]
    public void Missing_dwelling_is_unknown()
    {
        Engine.Assess(Households.Exiting() with { Dwelling = null }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }
}
