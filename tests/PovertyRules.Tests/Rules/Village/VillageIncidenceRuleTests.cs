using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Village;

public class VillageIncidenceRuleTests
{
    private const string Id = VillageIncidenceRule.Id;

    [Fact]
    public void Incidence_exactly_2_percent_fails_in_a_central_province()
    {
        var result = Levels.Assess(Levels.DelistableVillage(Levels.CentralVillage, population: 1000, remaining: 20));

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(VillageStatus.RemainsListed);
        result.FailedCriteria.Should().Equal(Id);
        result.Western.Should().BeFalse();
        result.Incidence.Should().Be(0.02m);
        result.Finding(Id).Threshold.Should().Be("< 2% (outside the western region)");
        result.Finding(Id).Parameter.Should().Be("villageIncidenceThreshold");
    }

    [Fact]
    public void Incidence_exactly_2_percent_passes_in_a_western_province()
    {
        var result = Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, population: 1000, remaining: 20));

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Status.Should().Be(VillageStatus.MayDelist);
        result.Western.Should().BeTrue();
        result.IncidenceThreshold.Should().Be(0.03m);
        result.Finding(Id).Parameter.Should().Be("westernVillageIncidenceThreshold");
    }

    [Fact]
    public void Incidence_of_2_99_percent_passes_in_the_west_and_3_percent_does_not()
    {
        Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, population: 10_000, remaining: 299)).OutcomeOf(Id).Should().Be(Outcome.Met);
        Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, population: 10_000, remaining: 300)).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Incidence_just_below_2_percent_passes_in_a_central_province()
    {
        var result = Levels.Assess(Levels.DelistableVillage(population: 10_000, remaining: 199));

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Finding(Id).Actual.Should().Be("1.99% (199 remaining poor people of 10,000 rural registered population)");
    }

    [Fact]
    public void A_per_county_override_gives_a_central_village_the_western_threshold()
    {
        var profile = Levels.National2016.WithOverride(Levels.CentralCounty, western: true);

        var result = Levels.Assess(Levels.DelistableVillage(population: 1000, remaining: 25), profile);

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Western.Should().BeTrue();
        result.Finding(Id).Threshold.Should().Contain("by per-county override");
        result.Finding(Id).Verified.Should().BeFalse("the override in this profile is marked unverified");
    }

    [Fact]
    public void A_per_county_override_can_take_the_western_threshold_away()
    {
        var profile = Levels.National2016.WithOverride(Levels.WesternCounty, western: false);

        Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, population: 1000, remaining: 25), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Missing_population_is_unknown_not_zero()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { RuralPopulation = null });

        result.OutcomeOf(Id).Should().Be(Outcome.Unknown);
        result.Status.Should().Be(VillageStatus.Undetermined);
        result.Incidence.Should().BeNull();
        result.Finding(Id).Actual.Should().Contain("RuralPopulation");
    }

    [Fact]
    public void Missing_remaining_count_is_unknown()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { RemainingPoorPeople = null });

        result.OutcomeOf(Id).Should().Be(Outcome.Unknown);
        result.UnknownCriteria.Should().Equal(Id);
    }

    [Fact]
    public void A_population_of_zero_is_invalid_input_naming_the_field()
    {
        var result = Levels.Assess(Levels.DelistableVillage(population: 0, remaining: 0));

        result.Status.Should().Be(VillageStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("RuralPopulation");
        result.Errors[0].Reason.Should().Contain("incidence is undefined");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void More_remaining_poor_people_than_population_is_invalid_input()
    {
        var result = Levels.Assess(Levels.DelistableVillage(population: 100, remaining: 101));

        result.Status.Should().Be(VillageStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new InputError("RemainingPoorPeople", "101 remaining poor people are more than the rural registered population 100"));
    }

    [Fact]
    public void A_changed_threshold_in_the_profile_moves_the_boundary()
    {
        var profile = Levels.National2016 with { VillageIncidenceThreshold = new(0.025m, "proposal", false) };

        Levels.Assess(Levels.DelistableVillage(population: 1000, remaining: 24), profile).OutcomeOf(Id).Should().Be(Outcome.Met);
        Levels.Assess(Levels.DelistableVillage(population: 1000, remaining: 25), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }
}
