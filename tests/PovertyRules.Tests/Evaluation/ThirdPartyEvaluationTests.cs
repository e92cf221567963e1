using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class ThirdPartyEvaluationTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3 (Wilson score, no
    // continuity correction), to four decimals.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_interval_matches_published_values(int successes, int trials, double lower, double upper)
    {
        var interval = ConfidenceInterval.Wilson(successes, trials);

        interval.Lower.Should().BeApproximately(lower, 0.00005);
        interval.Upper.Should().BeApproximately(upper, 0.00005);
    }

    [Fact]
    public void Wilson_interval_of_all_successes_ends_at_exactly_one_and_is_symmetric_to_none()
    {
        var none = ConfidenceInterval.Wilson(0, 10);
        var all = ConfidenceInterval.Wilson(10, 10);

        none.Lower.Should().Be(0);
        all.Upper.Should().Be(1);
        all.Lower.Should().BeApproximately(1 - none.Upper, 1e-12);
        none.Upper.Should().BeApproximately(0.2775, 0.00005);
    }

    [Fact]
    public void Wilson_interval_refuses_an_empty_sample_or_a_count_above_it_naming_the_range()
    {
        FluentActions.Invoking(() => ConfidenceInterval.Wilson(0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trials");
        FluentActions.Invoking(() => ConfidenceInterval.Wilson(11, 10)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("successes").WithMessage("*from 0 to the 10 cases sampled*");
    }

    [Fact]
    public void A_clear_pass_on_a_large_sample_is_robust()
    {
        var evaluation = ThirdPartyEvaluation.Evaluate(Levels.PassingSample, Levels.National2016);

        evaluation.WrongExit!.Passes.Should().BeTrue();
        evaluation.WrongExit.Robust.Should().BeTrue();
        evaluation.Omission!.Robust.Should().BeTrue();
        evaluation.Approval!.Rate.Should().Be(0.98m);
        evaluation.Approval.Robust.Should().BeTrue();
        evaluation.NotRobust.Should().BeEmpty();
    }

    [Fact]
    public void A_pass_whose_interval_crosses_the_threshold_is_not_robust()
    {
        var evaluation = ThirdPartyEvaluation.Evaluate(new ThirdPartySample { HouseholdsSurveyed = 100, HouseholdsApproving = 93 }, Levels.National2016);

        evaluation.Approval!.Passes.Should().BeTrue();
        evaluation.Approval.Interval.Lower.Should().BeLessThan(0.9);
        evaluation.Approval.Robust.Should().BeFalse();
        evaluation.WrongExit.Should().BeNull();
    }

    [Fact]
    public void A_clear_failure_is_robust_too()
    {
        var evaluation = ThirdPartyEvaluation.Evaluate(new ThirdPartySample { ExitedPeopleSampled = 1000, WronglyExitedPeople = 60 }, Levels.National2016);

        evaluation.WrongExit!.Passes.Should().BeFalse();
        evaluation.WrongExit.Interval.Lower.Should().BeGreaterThan(0.02);
        evaluation.WrongExit.Robust.Should().BeTrue();
    }

    [Fact]
    public void A_rate_exactly_on_the_threshold_fails_and_is_never_robust()
    {
        var evaluation = ThirdPartyEvaluation.Evaluate(new ThirdPartySample { ExitedPeopleSampled = 1000, WronglyExitedPeople = 20 }, Levels.National2016);

        evaluation.WrongExit!.Passes.Should().BeFalse();
        evaluation.WrongExit.Robust.Should().BeFalse();
        evaluation.WrongExit.ToString().Should().Be("wrong-exit rate 2% (20/1000; 95% CI 1.3%–3.07%; fails, not robust to sampling error)");
    }

    [Fact]
    public void Evaluate_refuses_a_sample_with_more_approving_than_surveyed_households()
    {
        var act = () => ThirdPartyEvaluation.Evaluate(new ThirdPartySample { HouseholdsSurveyed = 10, HouseholdsApproving = 11 }, Levels.National2016);

        act.Should().Throw<ArgumentException>().WithMessage("*Evaluation.HouseholdsApproving: 11 is more than the 10 of HouseholdsSurveyed*");
    }
}
