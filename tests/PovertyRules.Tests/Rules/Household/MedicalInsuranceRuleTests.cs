using PovertyRules.Rules;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class MedicalInsuranceRuleTests
{
    private const string Id = MedicalInsuranceRule.Id;

    [Fact]
    public void Every_eligible_member_enrolled_is_met()
    {
        Engine.Assess(Households.Exiting()).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void One_eligible_member_not_enrolled_fails()
    {
        var result = Engine.Assess(Households.Exiting().WithMember(Households.Adult(70) with { MedicalInsuranceEnrolled = false }));

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Finding(Id).Actual.Should().Contain("2 of 3 eligible members enrolled").And.Contain("Members[2] not enrolled");
    }

    [Fact]
    public void Member_not_eligible_does_not_need_to_be_enrolled()
    {
        var member = Households.Adult() with { MedicalInsuranceEligible = false, MedicalInsuranceEnrolled = false };

        Engine.Assess(Households.Exiting().WithMember(member)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Missing_eligibility_or_enrolment_is_unknown()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { MedicalInsuranceEligible = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { MedicalInsuranceEnrolled = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }
}
