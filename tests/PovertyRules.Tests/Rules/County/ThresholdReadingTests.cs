using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.County;

/// <summary>
/// Where each county threshold's boundary falls: the 2016 statements (CN-2014 … CN-2016) are strict — a rate exactly
/// at 2% or approval exactly at 90% blocks the exit — while the 2017 assessment method (CN-2017 on) blocks only a rate
/// above 2% (高于/超过2%的不得退出) or approval below 90% (低于90%的不得退出).
/// </summary>
public class ThresholdReadingTests
{
    private static readonly PolicyProfile Strict = PolicyProfiles.National(2016);
    private static readonly PolicyProfile Method = PolicyProfiles.National(2017);

    private static CountyAssessment Assess(Func<ThirdPartySample, ThirdPartySample> change, PolicyProfile profile) =>
        Levels.Assess(Levels.ExitingCounty() with { Evaluation = change(Levels.PassingSample) }, profile);

    [Theory]
    [InlineData(19, "CN-2016", Outcome.Met)]
    [InlineData(20, "CN-2016", Outcome.NotMet)]
    [InlineData(21, "CN-2016", Outcome.NotMet)]
    [InlineData(19, "CN-2017", Outcome.Met)]
    [InlineData(20, "CN-2017", Outcome.Met)]
    [InlineData(21, "CN-2017", Outcome.NotMet)]
    public void Wrong_exit_rate_at_2_percent_blocks_under_the_strict_reading_and_not_under_the_2017_method(int wronglyExited, string profile, Outcome expected)
    {
        Assess(s => s with { ExitedPeopleSampled = 1000, WronglyExitedPeople = wronglyExited }, PolicyProfiles.Find(profile)!)
            .OutcomeOf(WrongExitRateRule.Id).Should().Be(expected);
    }

    [Theory]
    [InlineData(9, "CN-2016", Outcome.Met)]
    [InlineData(10, "CN-2016", Outcome.NotMet)]
    [InlineData(11, "CN-2016", Outcome.NotMet)]
    [InlineData(9, "CN-2017", Outcome.Met)]
    [InlineData(10, "CN-2017", Outcome.Met)]
    [InlineData(11, "CN-2017", Outcome.NotMet)]
    public void Omission_rate_at_2_percent_blocks_under_the_strict_reading_and_not_under_the_2017_method(int omitted, string profile, Outcome expected)
    {
        Assess(s => s with { NonRegisteredPeopleSampled = 500, OmittedPoorPeople = omitted }, PolicyProfiles.Find(profile)!)
            .OutcomeOf(OmissionRateRule.Id).Should().Be(expected);
    }

    [Theory]
    [InlineData(451, "CN-2016", Outcome.Met)]
    [InlineData(450, "CN-2016", Outcome.NotMet)]
    [InlineData(449, "CN-2016", Outcome.NotMet)]
    [InlineData(451, "CN-2017", Outcome.Met)]
    [InlineData(450, "CN-2017", Outcome.Met)]
    [InlineData(449, "CN-2017", Outcome.NotMet)]
    public void Approval_at_90_percent_blocks_under_the_strict_reading_and_not_under_the_2017_method(int approving, string profile, Outcome expected)
    {
        Assess(s => s with { HouseholdsSurveyed = 500, HouseholdsApproving = approving }, PolicyProfiles.Find(profile)!)
            .OutcomeOf(PublicApprovalRule.Id).Should().Be(expected);
    }

    [Theory]
    [InlineData("CN-2016")]
    [InlineData("CN-2017")]
    [InlineData("CN-2020")]
    public void Incidence_exactly_at_2_percent_fails_in_every_built_in_profile(string profile)
    {
        Levels.Assess(Levels.ExitingCounty(remaining: 2000), PolicyProfiles.Find(profile)!).OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.NotMet);
        Levels.Assess(Levels.ExitingCounty(remaining: 1999), PolicyProfiles.Find(profile)!).OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Incidence_exactly_at_2_percent_passes_where_a_profile_reads_yixia_as_inclusive()
    {
        var inclusive = Method with { CountyIncidenceComparison = new(PassingSide.AtMost, "民法典 第1259条: 以下 includes the number itself", false) };

        var result = Levels.Assess(Levels.ExitingCounty(remaining: 2000), inclusive);

        result.OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.Met);
        result.Finding(CountyIncidenceRule.Id).Threshold.Should().Contain("≤ 2%").And.Contain("a value equal to the threshold passes");
        Levels.Assess(Levels.ExitingCounty(remaining: 2001), inclusive).OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_finding_says_which_comparison_applied_with_its_parameter_and_citation()
    {
        var strict = Assess(s => s with { ExitedPeopleSampled = 1000, WronglyExitedPeople = 20 }, Strict).Finding(WrongExitRateRule.Id);
        var method = Assess(s => s with { ExitedPeopleSampled = 1000, WronglyExitedPeople = 20 }, Method).Finding(WrongExitRateRule.Id);

        strict.Threshold.Should().Be("< 2% (strictly below: a value equal to the threshold fails)");
        method.Threshold.Should().Be("≤ 2% (at most: a value equal to the threshold passes)");
        method.Parameter.Should().Be("wrongExitRateThreshold, wrongExitRateComparison");
        method.Citation.Should().Contain("高于2%的，不得退出");
        strict.Citation.Should().Contain("必须低于2%");
        method.Verified.Should().BeFalse("where the boundary falls is only partly verified");
    }

    [Fact]
    public void The_strict_reading_at_every_boundary_keeps_a_county_designated_that_the_2017_method_lets_exit()
    {
        var onEveryBoundary = Levels.ExitingCounty() with
        {
            Evaluation = Levels.PassingSample with { WronglyExitedPeople = 20, OmittedPoorPeople = 40, HouseholdsApproving = 450 },
        };

        var strict = Levels.Assess(onEveryBoundary, Strict);
        var method = Levels.Assess(onEveryBoundary, Method);

        strict.Status.Should().Be(CountyStatus.RemainsDesignated);
        strict.FailedCriteria.Should().BeEquivalentTo([WrongExitRateRule.Id, OmissionRateRule.Id, PublicApprovalRule.Id]);
        method.Status.Should().Be(CountyStatus.MayExit);
    }

    [Fact]
    public void The_register_incidence_gate_is_off_in_the_built_in_profiles()
    {
        foreach (var profile in PolicyProfiles.All)
        {
            profile.RegisterIncidenceGate.Value.Should().BeNull(profile.Id);
            Levels.Assess(Levels.ExitingCounty(), profile).Findings.Should().NotContain(f => f.RuleId == RegisterIncidenceGateRule.Id, profile.Id);
        }
    }

    [Theory]
    [InlineData(2999, Outcome.Met)]
    [InlineData(3000, Outcome.Met)]
    [InlineData(3001, Outcome.NotMet)]
    public void The_register_incidence_gate_blocks_only_above_3_percent(int remaining, Outcome expected)
    {
        var gated = Method with { RegisterIncidenceGate = new(0.03m, "国开办发〔2017〕56号", false) };

        // A western county: its own incidence threshold is 3% too, but strict; the gate's at-most reading differs at 3%.
        var result = Levels.Assess(Levels.ExitingCounty(Levels.WesternCounty, remaining: remaining), gated);

        result.OutcomeOf(RegisterIncidenceGateRule.Id).Should().Be(expected);
        result.Finding(RegisterIncidenceGateRule.Id).Parameter.Should().Be("registerIncidenceGate, registerIncidenceGateComparison");
    }

    [Fact]
    public void The_register_incidence_gate_tests_the_registers_own_incidence_when_the_comprehensive_one_passes()
    {
        var gated = Method with
        {
            RegisterIncidenceGate = new(0.01m, "a stricter provincial gate", false),
            ComprehensiveIncidence = new(true, "test", false),
        };
        var county = Levels.ExitingCounty(remaining: 1500) with
        {
            Evaluation = Levels.PassingSample with { WronglyExitedPeople = 0, OmittedPoorPeople = 0 },
        };

        var result = Levels.Assess(county, gated);

        result.OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.Met, "1.5% is below 2%");
        result.OutcomeOf(RegisterIncidenceGateRule.Id).Should().Be(Outcome.NotMet, "1.5% is above the 1% gate");
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Theory]
    [InlineData("publicApprovalComparison", "must be Above or AtLeast, found Below")]
    [InlineData("wrongExitRateComparison", "must be Below or AtMost, found AtLeast")]
    [InlineData("registerIncidenceGate", "must be a share from 0 to 1, or null, found 1.5")]
    public void A_comparison_that_would_invert_a_criterion_is_refused_naming_the_parameter(string name, string reason)
    {
        var profile = name switch
        {
            "publicApprovalComparison" => Method with { PublicApprovalComparison = new(PassingSide.Below, "t", false) },
            "wrongExitRateComparison" => Method with { WrongExitRateComparison = new(PassingSide.AtLeast, "t", false) },
            _ => Method with { RegisterIncidenceGate = new(1.5m, "t", false) },
        };

        ProfileValidator.Validate(profile).Should().ContainSingle().Which.Should().Be(new ProfileProblem($"$.parameters.{name}.value", reason));
    }
}
