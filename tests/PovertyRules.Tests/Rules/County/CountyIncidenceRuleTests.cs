using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.County;

public class CountyIncidenceRuleTests
{
    private const string Id = CountyIncidenceRule.Id;

    [Fact]
    public void Incidence_exactly_2_percent_fails_in_a_central_province()
    {
        var result = Levels.Assess(Levels.ExitingCounty(Levels.CentralCounty, population: 100_000, remaining: 2_000));

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(CountyStatus.RemainsDesignated);
        result.FailedCriteria.Should().Equal(Id);
    }

    [Fact]
    public void Incidence_exactly_2_percent_passes_in_a_western_province()
    {
        var result = Levels.Assess(Levels.ExitingCounty(Levels.WesternCounty, population: 100_000, remaining: 2_000));

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Status.Should().Be(CountyStatus.MayExit);
        result.Western.Should().BeTrue();
    }

    [Fact]
    public void Incidence_of_2_99_percent_passes_in_the_west_and_3_percent_does_not()
    {
        Levels.Assess(Levels.ExitingCounty(Levels.WesternCounty, population: 100_000, remaining: 2_990)).OutcomeOf(Id).Should().Be(Outcome.Met);
        Levels.Assess(Levels.ExitingCounty(Levels.WesternCounty, population: 100_000, remaining: 3_000)).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_per_county_override_applies_the_western_threshold_to_a_central_county()
    {
        var profile = Levels.National2016.WithOverride(Levels.CentralCounty, western: true);
        var county = Levels.ExitingCounty(Levels.CentralCounty, population: 100_000, remaining: 2_500);

        Levels.Assess(county).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        var result = Levels.Assess(county, profile);
        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.IncidenceThreshold.Should().Be(0.03m);
        result.Finding(Id).Parameter.Should().StartWith("westernCountyIncidenceThreshold");
    }

    [Fact]
    public void The_override_applies_to_that_county_only()
    {
        var profile = Levels.National2016.WithOverride("431227", western: true);

        Levels.Assess(Levels.ExitingCounty(Levels.CentralCounty, remaining: 2_500), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Comprehensive_incidence_adds_the_omitted_and_wrongly_exited_people_the_sample_implies()
    {
        // Remaining 1,000; wrong-exit 5/1000 × 20,000 exited = 100; omission 10/2000 × (100,000 − 1,000 − 20,000) = 395.
        var county = Levels.ExitingCounty(population: 100_000, remaining: 1_000);
        var profile = Levels.National2016 with { ComprehensiveIncidence = new(true, "test", false) };

        var result = Levels.Assess(county, profile);

        result.ComprehensiveIncidence.Should().Be(0.01495m);
        result.Incidence.Should().Be(0.01m);
        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Finding(Id).Actual.Should().StartWith("comprehensive 1.495%");
    }

    [Fact]
    public void Comprehensive_incidence_exactly_on_the_threshold_fails_where_the_plain_one_passes()
    {
        // 1,500 remaining + 5/1,000 × 20,000 exited (100) + 400/78,500 × 78,500 non-registered (400) = 2,000 of 100,000.
        var county = Levels.ExitingCounty(population: 100_000, remaining: 1_500) with
        {
            ExitedPeople = 20_000,
            Evaluation = Levels.PassingSample with { ExitedPeopleSampled = 1000, WronglyExitedPeople = 5, NonRegisteredPeopleSampled = 78_500, OmittedPoorPeople = 400 },
        };
        var profile = Levels.National2016 with { ComprehensiveIncidence = new(true, "test", false) };

        var result = Levels.Assess(county, profile);

        result.ComprehensiveIncidence.Should().Be(0.02m);
        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Levels.Assess(county).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Comprehensive_incidence_without_the_exited_people_is_unknown_unless_the_remaining_alone_fail()
    {
        var profile = Levels.National2016 with { ComprehensiveIncidence = new(true, "test", false) };

        Levels.Assess(Levels.ExitingCounty(remaining: 1_000) with { ExitedPeople = null }, profile).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Levels.Assess(Levels.ExitingCounty(remaining: 2_000) with { ExitedPeople = null }, profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_county_population_of_zero_is_invalid_input()
    {
        var result = Levels.Assess(Levels.ExitingCounty(population: 0, remaining: 0));

        result.Status.Should().Be(CountyStatus.InvalidInput);
        result.Errors.Select(e => e.Field).Should().Contain("RuralPopulation");
    }
}
