using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class CompulsoryEducationRuleTests
{
    private const string Id = CompulsoryEducationRule.Id;

    private static Member OutOfSchool(int age, OutOfSchoolReason? reason) =>
        Households.Child(age, SchoolingStatus.NotInSchool) with { OutOfSchoolReason = reason };

    [Fact]
    public void Child_out_of_school_because_of_poverty_fails()
    {
        var result = Engine.Assess(Households.Exiting().WithMember(OutOfSchool(12, OutOfSchoolReason.Poverty)));

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.Finding(Id).Actual.Should().Contain("Members[2] aged 12 out of school because of poverty");
    }

    [Theory]
    [InlineData(OutOfSchoolReason.DisabilityHomeSchooled)]
    [InlineData(OutOfSchoolReason.Illness)]
    [InlineData(OutOfSchoolReason.CompletedCompulsoryEducation)]
    [InlineData(OutOfSchoolReason.OtherDocumented)]
    public void Child_out_of_school_for_another_documented_reason_does_not_fail(OutOfSchoolReason reason)
    {
        Engine.Assess(Households.Exiting().WithMember(OutOfSchool(12, reason))).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Theory]
    [InlineData(5, Outcome.Met)]
    [InlineData(6, Outcome.NotMet)]
    [InlineData(15, Outcome.NotMet)]
    [InlineData(16, Outcome.Met)]
    public void Only_ages_6_to_15_inclusive_are_of_compulsory_school_age(int age, Outcome expected)
    {
        Engine.Assess(Households.Exiting().WithMember(OutOfSchool(age, OutOfSchoolReason.Poverty))).OutcomeOf(Id).Should().Be(expected);
    }

    [Fact]
    public void Age_is_taken_from_the_birth_date_at_the_reference_date()
    {
        // Turns 16 on 1 January 2017: still 15 on the 2016 reference date (31 December).
        var member = OutOfSchool(0, OutOfSchoolReason.Poverty) with { Age = null, BirthDate = new DateOnly(2001, 1, 1) };
        Engine.Assess(Households.Exiting().WithMember(member)).OutcomeOf(Id).Should().Be(Outcome.NotMet);

        var older = member with { BirthDate = new DateOnly(2000, 12, 31) };
        Engine.Assess(Households.Exiting().WithMember(older)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Out_of_school_without_a_reason_is_unknown()
    {
        Engine.Assess(Households.Exiting().WithMember(OutOfSchool(9, null))).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Missing_schooling_status_of_a_school_age_child_is_unknown()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Child(9) with { Schooling = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Missing_age_is_unknown()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { Age = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void A_known_dropout_is_decisive_over_another_members_missing_age()
    {
        var household = Households.Exiting()
            .WithMember(Households.Adult() with { Age = null })
            .WithMember(OutOfSchool(10, OutOfSchoolReason.Poverty));

        Engine.Assess(household).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Profile_can_widen_the_age_range()
    {
        var profile = Engine.National2016 with { CompulsoryEducationToAge = new(17, "province", false) };

        Engine.Assess(Households.Exiting().WithMember(OutOfSchool(17, OutOfSchoolReason.Poverty)), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }
}
