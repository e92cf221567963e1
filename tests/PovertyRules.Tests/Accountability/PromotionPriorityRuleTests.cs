using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;
using static PovertyRules.Tests.Accountability.AccountabilityRecords;

namespace PovertyRules.Tests.Accountability;

public class PromotionPriorityRuleTests
{
    private const string Secretary = "ACC-PROMOTION-SECRETARY";
    private const string Head = "ACC-PROMOTION-HEAD";

    [Fact]
    public void Leaders_of_a_county_graded_A_two_years_running_are_flagged_for_priority_in_promotion()
    {
        var result = Assess(Compliant());

        result.PromotionPriority.Should().Equal(LeaderRole.PartySecretary, LeaderRole.CountyHead);
        var finding = result.Findings.Single(f => f.RuleId == Secretary);
        finding.Kind.Should().Be(CriterionKind.Reported);
        finding.Actual.Should().Contain("2017 A (target met), 2018 A (target met)");
        finding.Parameter.Should().Be("promotionPriorityGrade, promotionPriorityConsecutiveYears");
        finding.Citation.Should().Contain("连续两年取得A级");
        finding.Verified.Should().BeTrue();
    }

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    [InlineData("a", "A")]
    public void A_county_not_graded_A_in_both_years_flags_no_leader(string first, string second)
    {
        var result = Assess(Compliant() with { Years = [Year(2017, first, 8000, 8000), Year(2018, second, 6000, 6000)] });

        result.PromotionPriority.Should().BeEmpty();
        result.OutcomeOf(Secretary).Should().Be(Outcome.NotMet);
        result.OutcomeOf(Head).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(AccountabilityStatus.Compliant, "priority in promotion is reported beside the duties, not one of them");
    }

    [Fact]
    public void Only_the_latest_years_make_the_run()
    {
        var result = Assess(Compliant() with { Years = [Year(2015, "A", 1, 1), Year(2016, "A", 1, 1), Year(2017, "B", 1, 1), Year(2018, "A", 1, 1)] });

        result.OutcomeOf(Secretary).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_year_graded_A_but_vetoed_does_not_count_towards_the_run()
    {
        var result = Assess(Compliant() with { Years = [Year(2017, "A", 8000, 7999), Year(2018, "A", 6000, 6000)] });

        result.OutcomeOf(Secretary).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(AccountabilityStatus.Breach);
    }

    [Fact]
    public void A_year_of_the_run_not_recorded_leaves_the_flag_unknown_unless_another_already_fails()
    {
        Assess(Compliant() with { Years = [Year(2018, "A", 6000, 6000)] }).OutcomeOf(Secretary).Should().Be(Outcome.Unknown);
        Assess(Compliant() with { Years = [Year(2017, null, 1, 1), Year(2018, "A", 1, 1)] }).OutcomeOf(Secretary).Should().Be(Outcome.Unknown);
        Assess(Compliant() with { Years = [Year(2017, null, 1, 1), Year(2018, "B", 1, 1)] }).OutcomeOf(Secretary).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_leader_who_took_up_the_post_by_the_end_of_the_runs_first_year_is_flagged_and_one_who_came_later_is_not()
    {
        static CountyAccountability Started(DateOnly start) =>
            Compliant() with { Leaders = [new CountyLeader { Role = LeaderRole.PartySecretary, StartDate = start }, Compliant().Leaders[1]] };

        Assess(Started(new DateOnly(2017, 12, 31))).OutcomeOf(Secretary).Should().Be(Outcome.Met);
        var later = Assess(Started(new DateOnly(2018, 1, 1)));
        later.OutcomeOf(Secretary).Should().Be(Outcome.NotMet);
        later.PromotionPriority.Should().Equal(LeaderRole.CountyHead);
    }

    [Fact]
    public void A_leader_not_recorded_or_without_a_start_date_is_unknown()
    {
        Assess(Compliant() with { Leaders = [Compliant().Leaders[1]] }).OutcomeOf(Secretary).Should().Be(Outcome.Unknown);
        Assess(Compliant() with { Leaders = [new CountyLeader { Role = LeaderRole.PartySecretary }, Compliant().Leaders[1]] })
            .OutcomeOf(Secretary).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void The_run_and_the_grade_come_from_the_profile()
    {
        var profile = Profile with
        {
            Id = "three-B",
            PromotionPriorityConsecutiveYears = new(3, "test: three years", false),
            PromotionPriorityGrade = new("B", "test: grade B", false),
        };
        var county = Compliant() with
        {
            Leaders = [new CountyLeader { Role = LeaderRole.PartySecretary, StartDate = new DateOnly(2014, 1, 1) }],
            Years = [Year(2016, "B", 1, 1), Year(2017, "B", 1, 1), Year(2018, "B", 1, 1)],
        };

        var result = Assess(county, profile);

        result.OutcomeOf(Secretary).Should().Be(Outcome.Met);
        result.Findings.Single(f => f.RuleId == Secretary).Verified.Should().BeFalse("the profile's figures are marked unverified");
        Assess(county with { Years = [Year(2017, "B", 1, 1), Year(2018, "B", 1, 1)] }, profile).OutcomeOf(Secretary).Should().Be(Outcome.Unknown);
        Assess(county).OutcomeOf(Secretary).Should().Be(Outcome.NotMet, "B is not the national profile's grade");
    }
}
