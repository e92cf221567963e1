using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.County;

public class ThirdPartyRateRuleTests
{
    private static PovertyRules.Model.County WithSample(Func<PovertyRules.Model.ThirdPartySample, PovertyRules.Model.ThirdPartySample> change) =>
        Levels.ExitingCounty() with { Evaluation = change(Levels.PassingSample) };

    [Fact]
    public void Wrong_exit_rate_exactly_2_percent_fails_and_blocks_the_exit_alone()
    {
        var result = Levels.Assess(WithSample(s => s with { ExitedPeopleSampled = 1000, WronglyExitedPeople = 20 }));

        result.OutcomeOf(WrongExitRateRule.Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
        result.FailedCriteria.Should().Equal(WrongExitRateRule.Id);
    }

    [Fact]
    public void Wrong_exit_rate_just_below_2_percent_passes()
    {
        Levels.Assess(WithSample(s => s with { ExitedPeopleSampled = 1000, WronglyExitedPeople = 19 })).OutcomeOf(WrongExitRateRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Omission_rate_exactly_2_percent_fails_and_just_below_passes()
    {
        Levels.Assess(WithSample(s => s with { NonRegisteredPeopleSampled = 500, OmittedPoorPeople = 10 })).OutcomeOf(OmissionRateRule.Id).Should().Be(Outcome.NotMet);
        Levels.Assess(WithSample(s => s with { NonRegisteredPeopleSampled = 501, OmittedPoorPeople = 10 })).OutcomeOf(OmissionRateRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Public_approval_exactly_90_percent_fails()
    {
        var result = Levels.Assess(WithSample(s => s with { HouseholdsSurveyed = 500, HouseholdsApproving = 450 }));

        result.OutcomeOf(PublicApprovalRule.Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
        result.Finding(PublicApprovalRule.Id).Threshold.Should().Be("> 90% (strictly above: a value equal to the threshold fails)");
    }

    [Fact]
    public void Public_approval_just_above_90_percent_passes()
    {
        Levels.Assess(WithSample(s => s with { HouseholdsSurveyed = 500, HouseholdsApproving = 451 })).OutcomeOf(PublicApprovalRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Failing_any_one_figure_blocks_the_exit_even_with_the_others_clear()
    {
        var result = Levels.Assess(WithSample(s => s with { HouseholdsApproving = 400 }));

        result.FailedCriteria.Should().Equal(PublicApprovalRule.Id);
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void No_sample_leaves_the_three_figures_unknown_and_the_county_undetermined()
    {
        var result = Levels.Assess(Levels.ExitingCounty() with { Evaluation = null });

        result.UnknownCriteria.Should().Equal(WrongExitRateRule.Id, OmissionRateRule.Id, PublicApprovalRule.Id);
        result.Status.Should().Be(CountyStatus.Undetermined);
        result.Evaluation.Should().BeNull();
        result.Finding(WrongExitRateRule.Id).Actual.Should().Be("missing (Evaluation.WronglyExitedPeople, Evaluation.ExitedPeopleSampled)");
    }

    [Fact]
    public void An_empty_sample_of_exited_people_is_unknown_not_a_zero_rate()
    {
        var result = Levels.Assess(WithSample(s => s with { ExitedPeopleSampled = 0, WronglyExitedPeople = 0 }));

        result.OutcomeOf(WrongExitRateRule.Id).Should().Be(Outcome.Unknown);
        result.Finding(WrongExitRateRule.Id).Actual.Should().Be("nothing sampled (Evaluation.ExitedPeopleSampled is 0)");
    }

    [Fact]
    public void A_rate_finding_reports_the_wilson_interval_and_whether_the_decision_is_robust()
    {
        var result = Levels.Assess(WithSample(s => s with { ExitedPeopleSampled = 200, WronglyExitedPeople = 3 }));

        result.OutcomeOf(WrongExitRateRule.Id).Should().Be(Outcome.Met);
        result.Finding(WrongExitRateRule.Id).Actual.Should().Be("1.5% (3/200; 95% Wilson interval 0.51%–4.32%, decision not robust to sampling error)");
        result.Evaluation!.NotRobust.Should().ContainSingle().Which.Name.Should().Be("wrong-exit rate");
    }

    [Fact]
    public void More_wrongly_exited_than_exited_people_sampled_is_invalid_input()
    {
        var result = Levels.Assess(WithSample(s => s with { ExitedPeopleSampled = 10, WronglyExitedPeople = 11 }));

        result.Status.Should().Be(CountyStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new InputError("Evaluation.WronglyExitedPeople", "11 is more than the 10 of ExitedPeopleSampled"));
    }
}
