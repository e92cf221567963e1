using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Distance;

/// <summary>Villages' and counties' distances to exit on both sides of each threshold (2016: incidence below 2%, 3% in the west; wrong exits and omissions below 2%; approval above 90%).</summary>
public class LevelDistanceTests
{
    [Fact]
    public void A_village_at_exactly_two_percent_needs_one_more_person_to_exit()
    {
        var distance = Levels.Assess(Levels.DelistableVillage(remaining: 20)).DistanceToExit();

        distance.Changes.Single().Should().BeEquivalentTo(new { RuleId = "VIL-INCIDENCE", Kind = ChangeKind.RemovePoorPeople, Current = 20m, Required = 19m, Amount = 1m });
        distance.Summary.Should().Be("VIL-INCIDENCE -1");
    }

    [Fact]
    public void A_village_just_below_two_percent_has_reached_delisting()
    {
        Levels.Assess(Levels.DelistableVillage(remaining: 19)).DistanceToExit().Kind.Should().Be(DistanceKind.Reached);
    }

    [Fact]
    public void A_western_village_is_held_to_its_own_threshold()
    {
        Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, remaining: 29)).DistanceToExit().Kind.Should().Be(DistanceKind.Reached);
        Levels.Assess(Levels.DelistableVillage(Levels.WesternVillage, remaining: 45)).DistanceToExit().Summary.Should().Be("VIL-INCIDENCE -16");
    }

    [Fact]
    public void A_village_missing_facilities_income_and_steps_is_asked_for_each()
    {
        var village = Levels.DelistableVillage() with
        {
            HardenedRoad = false,
            Clinic = false,
            CollectiveIncome = 39_999.50m,
            Procedure = Levels.CompleteDelisting with { Announced = null },
        };

        var distance = Levels.Assess(village, Levels.Hunan2016 with { VillageRequiredFacilities = new((VillageFacilities)63, "t", false) }).DistanceToExit();

        distance.Summary.Should().Be("VIL-ROAD; VIL-CLINIC; VIL-COLLECTIVE-INCOME +1; VIL-PROC-ANNOUNCEMENT");
        distance.Changes.Single(c => c.RuleId == "VIL-COLLECTIVE-INCOME").Required.Should().Be(40_000.50m);
    }

    [Fact]
    public void An_undetermined_village_is_told_what_to_collect()
    {
        var distance = Levels.Assess(Levels.DelistableVillage() with { RemainingPoorPeople = null }).DistanceToExit();

        distance.Kind.Should().Be(DistanceKind.InputsToCollect);
        distance.InputsToCollect.Single().Input.Should().Contain("RemainingPoorPeople");
    }

    [Fact]
    public void A_county_at_exactly_two_percent_needs_one_more_person_to_exit()
    {
        Levels.Assess(Levels.ExitingCounty(remaining: 2000)).DistanceToExit().Summary.Should().Be("CNT-INCIDENCE -1");
        Levels.Assess(Levels.ExitingCounty(remaining: 1999)).DistanceToExit().Kind.Should().Be(DistanceKind.Reached);
    }

    [Fact]
    public void A_wrong_exit_rate_on_its_threshold_is_told_the_most_cases_it_allows()
    {
        var county = Levels.ExitingCounty() with { Evaluation = Levels.PassingSample with { ExitedPeopleSampled = 200, WronglyExitedPeople = 4 } };

        var change = Levels.Assess(county).DistanceToExit().Changes.Single();

        // 4 of 200 is 2% and fails; 3 of 200 is 1.5% and passes.
        change.Should().BeEquivalentTo(new { RuleId = "CNT-WRONG-EXIT", Kind = ChangeKind.ReduceSampledCases, Current = 4m, Required = 3m, Amount = 1m });
    }

    [Fact]
    public void An_approval_on_its_threshold_is_told_the_fewest_approving_households_that_pass()
    {
        var county = Levels.ExitingCounty() with { Evaluation = Levels.PassingSample with { HouseholdsSurveyed = 100, HouseholdsApproving = 90 } };

        Levels.Assess(county).DistanceToExit().Changes.Single().Should().BeEquivalentTo(new { RuleId = "CNT-APPROVAL", Kind = ChangeKind.RaiseSampledApproval, Current = 90m, Required = 91m, Amount = 1m });
    }

    [Fact]
    public void A_comprehensive_incidence_is_worked_out_after_the_rate_changes_and_with_the_people_counted_as_exited()
    {
        var profile = Levels.National2016 with { Id = "comprehensive", ComprehensiveIncidence = new(true, "t", false) };
        var county = Levels.ExitingCounty(remaining: 1900) with { Evaluation = Levels.PassingSample with { ExitedPeopleSampled = 100, WronglyExitedPeople = 3 } };

        var distance = Levels.Assess(county, profile).DistanceToExit();
        var applied = ApplyDistance.To(county, distance.Changes);

        distance.Changes.Select(c => c.RuleId).Should().Equal("CNT-INCIDENCE", "CNT-WRONG-EXIT");
        Levels.Assess(applied, profile).Status.Should().Be(CountyStatus.MayExit);
        var short1 = ApplyDistance.To(county, distance.Changes.Select(c => c.RuleId == "CNT-INCIDENCE" ? c with { Amount = c.Amount - 1 } : c));
        Levels.Assess(short1, profile).Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void A_county_held_by_the_register_incidence_gate_alone_needs_its_register_incidence_within_the_gate()
    {
        var gated = PolicyProfiles.National(2017) with { RegisterIncidenceGate = new(0.01m, "a stricter provincial gate", false) };
        var county = Levels.ExitingCounty(remaining: 1500);

        var distance = Levels.Assess(county, gated).DistanceToExit();

        distance.Summary.Should().Be("CNT-REGISTER-INCIDENCE -500", "at most 1% of 100,000 may remain: 1,000");
        Levels.Assess(ApplyDistance.To(county, distance.Changes), gated).Status.Should().Be(CountyStatus.MayExit);
        Levels.Assess(ApplyDistance.To(county, distance.Changes.Select(c => c with { Amount = c.Amount - 1 })), gated).Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void The_register_incidence_gate_asks_only_for_the_people_beyond_those_the_incidence_change_takes_out()
    {
        var gated = PolicyProfiles.National(2017) with { RegisterIncidenceGate = new(0.015m, "a stricter provincial gate", false) };
        var county = Levels.ExitingCounty(remaining: 2500);

        var distance = Levels.Assess(county, gated).DistanceToExit();

        distance.Summary.Should().Be("CNT-INCIDENCE -501; CNT-REGISTER-INCIDENCE -499", "below 2% leaves at most 1,999; within 1.5% at most 1,500");
        Levels.Assess(ApplyDistance.To(county, distance.Changes), gated).Status.Should().Be(CountyStatus.MayExit);
        foreach (var left in distance.Changes)
        {
            Levels.Assess(ApplyDistance.To(county, distance.Changes.Where(c => c != left)), gated).Status.Should().Be(CountyStatus.RemainsDesignated, $"without {left.RuleId}");
        }
    }

    [Fact]
    public void An_invalid_village_or_county_has_no_distance()
    {
        Levels.Assess(Levels.DelistableVillage(population: 0)).DistanceToExit().Kind.Should().Be(DistanceKind.InvalidInput);
        Levels.Assess(Levels.ExitingCounty(population: 0)).DistanceToExit().Kind.Should().Be(DistanceKind.InvalidInput);
    }
}
