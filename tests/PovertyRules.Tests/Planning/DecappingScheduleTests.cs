using System.Collections.Immutable;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Planning;

public class DecappingScheduleTests
{
    private static readonly PolicyProfile Strict = PolicyProfiles.Find("CN-2016")!;

    private static readonly PolicyProfile Inclusive = Strict with { Id = "inclusive", CountyIncidenceComparison = new(PassingSide.AtMost, "test: 以下 read as inclusive", false) };

    private static ImmutableSortedDictionary<int, long> Plan(params long[] reductions) =>
        reductions.Select((r, i) => (Year: 2016 + i, r)).ToImmutableSortedDictionary(p => p.Year, p => p.r);

    private static CountyProjection One(PolicyProfile profile, string code, long rural, long poor, params long[] reductions) =>
        DecappingSchedule.Project(profile, 2015, [new CountyPlanInput(code, "county", rural, poor, Plan(reductions))]).Counties.Single();

    [Theory]
    [InlineData(200, false)]
    [InlineData(199, true)]
    public void Under_the_strict_reading_an_incidence_equal_to_two_percent_is_not_within(long remaining, bool within) =>
        One(Strict, "430101", 10_000, remaining + 100, 100).Years[1].WithinThreshold.Should().Be(within);

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Under_the_inclusive_reading_an_incidence_equal_to_two_percent_is_within(long remaining, bool within) =>
        One(Inclusive, "430101", 10_000, remaining + 100, 100).Years[1].WithinThreshold.Should().Be(within);

    [Theory]
    [InlineData("520101", 300, false)]
    [InlineData("520101", 299, true)]
    [InlineData("430101", 299, false)]
    public void A_western_county_is_judged_against_three_percent_and_a_central_one_against_two(string code, long remaining, bool within) =>
        One(Strict, code, 10_000, remaining, 0).Years[0].WithinThreshold.Should().Be(within);

    [Fact]
    public void A_per_county_override_gives_a_central_province_county_the_western_threshold()
    {
        var profile = Strict with { CountyRegionOverrides = new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("433101", true)]), "test: Xiangxi treated as western", false) };

        var projection = One(profile, "433101", 10_000, 250, 0);

        projection.Western.Should().BeTrue();
        projection.Threshold.Should().Be(0.03m);
        projection.DecappingYear.Should().Be(2015);
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void The_register_gate_where_the_profile_sets_one_also_holds_a_western_county_back(long remaining, bool within)
    {
        // Western 3% strict would fail at 300 anyway, so the gate is tested with an inclusive western comparison and a 3% gate at most.
        var profile = Inclusive with { RegisterIncidenceGate = new(0.03m, "test", false), WesternCountyIncidenceThreshold = new(0.05m, "test", false) };

        One(profile, "520101", 10_000, remaining, 0).Years[0].WithinThreshold.Should().Be(within);
    }

    [Fact]
    public void A_county_plan_is_projected_year_by_year_to_its_first_year_within_the_threshold()
    {
        // 500 of 10,000 poor (5%); minus 200 → 3%; minus 150 → 1.5% (below 2%) in 2017; minus 100 → 0.5%.
        var projection = One(Strict, "430101", 10_000, 500, 200, 150, 100);

        projection.Years.Select(y => (y.Year, y.Reduction, y.Remaining)).Should().Equal((2015, 0L, 500L), (2016, 200L, 300L), (2017, 150L, 150L), (2018, 100L, 50L));
        projection.Years[2].Incidence.Should().Be(0.015m);
        projection.DecappingYear.Should().Be(2017);
        projection.Requirement.Should().Contain("strictly below");
    }

    [Fact]
    public void A_plan_larger_than_the_county_poor_stops_at_zero_and_says_how_much_it_could_not_apply()
    {
        var projection = One(Strict, "430101", 10_000, 300, 250, 100);

        projection.Years[^1].Remaining.Should().Be(0);
        projection.Unapplied.Should().Be(50);
    }

    [Fact]
    public void The_province_target_split_by_poor_people_is_in_proportion_to_each_county_remaining_poor()
    {
        var schedule = DecappingSchedule.Project(Strict, 2015, [new("430101", "a", 10_000, 600), new("430102", "b", 10_000, 400)], Plan(500), SplitRule.ByPoorPeople);

        schedule.Counties.Select(c => c.Years[1].Reduction).Should().Equal(300, 200);
    }

    [Fact]
    public void The_province_target_split_by_incidence_is_in_proportion_to_each_county_incidence()
    {
        // Same 600 poor each; incidences 6% and 3%: the target of 300 goes 200 / 100.
        var schedule = DecappingSchedule.Project(Strict, 2015, [new("430101", "a", 10_000, 600), new("430102", "b", 20_000, 600)], Plan(300), SplitRule.ByIncidence);

        schedule.Counties.Select(c => c.Years[1].Reduction).Should().Equal(200, 100);
    }

    [Fact]
    public void A_person_left_over_by_rounding_goes_to_the_largest_remainder_and_a_tie_to_the_lower_code()
    {
        // Three counties of 1 poor each, a target of 2: every quota is 2/3, so the two lower codes take one each.
        var schedule = DecappingSchedule.Project(Strict, 2015, [new("430103", "c", 100, 1), new("430101", "a", 100, 1), new("430102", "b", 100, 1)], Plan(2), SplitRule.ByPoorPeople);

        schedule.Counties.Select(c => (c.Code, c.Years[1].Reduction)).Should().Equal(("430103", 0L), ("430101", 1L), ("430102", 1L));
    }

    [Fact]
    public void A_county_is_never_given_more_than_it_has_left_and_its_excess_goes_to_the_others()
    {
        // By incidence the small county's quota (50% incidence) would be most of the 60; it has 10 left.
        var schedule = DecappingSchedule.Project(Strict, 2015, [new("430101", "small", 20, 10), new("430102", "large", 10_000, 100)], Plan(60), SplitRule.ByIncidence);

        schedule.Counties.Select(c => c.Years[1].Reduction).Should().Equal(10, 50);
    }

    [Fact]
    public void A_province_target_above_all_the_counties_poor_is_split_as_far_as_it_goes_and_the_rest_reported()
    {
        var schedule = DecappingSchedule.Project(Strict, 2015, [new("430101", "a", 1_000, 10), new("430102", "b", 1_000, 20)], Plan(25, 20), SplitRule.ByPoorPeople);

        schedule.Counties.Sum(c => c.Years.Sum(y => y.Reduction)).Should().Be(30);
        schedule.Unsplit.Should().Be(15);
    }

    [Fact]
    public void The_schedule_groups_the_counties_by_their_year_as_in_the_article_thirteen_by_2017_and_thirty_eight_more_by_2019()
    {
        // 51 counties of 10,000 rural people and 500 poor: 13 plan 300 a year (1.0% by 2017), 38 plan 160 a year (1.6% by 2019).
        var early = Enumerable.Range(1, 13).Select(i => new CountyPlanInput($"43{i:0000}", $"early {i}", 10_000, 500, Plan(100, 300, 0, 0, 0)));
        var late = Enumerable.Range(14, 38).Select(i => new CountyPlanInput($"43{i:0000}", $"late {i}", 10_000, 500, Plan(100, 100, 70, 70, 0)));

        var schedule = DecappingSchedule.Project(Strict, 2015, [.. early, .. late]);

        schedule.CountBy(2016).Should().Be(0);
        schedule.CountBy(2017).Should().Be(13);
        schedule.ByYear.Keys.Should().Equal(2017, 2019);
        schedule.CountBy(2019).Should().Be(51);
        schedule.NotWithinPlan.Should().BeEmpty();
    }

    [Fact]
    public void A_county_plan_missing_a_year_is_refused_not_taken_as_zero()
    {
        var gap = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(2016, 10L), KeyValuePair.Create(2018, 10L)]);

        var act = () => DecappingSchedule.Project(Strict, 2015, [new CountyPlanInput("430101", "a", 1_000, 100, gap)]);

        act.Should().Throw<ArgumentException>().WithMessage("*county 430101: no planned reduction for 2017 (a missing year is not taken as zero)*");
    }

    [Fact]
    public void Malformed_counties_are_refused_with_every_problem_named()
    {
        var act = () => DecappingSchedule.Project(Strict, 2015, [new("4301", "a", 0, 5), new("430102", "b", 100, 200), new("430102", "c", 100, 1)], Plan(1), SplitRule.ByPoorPeople);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*code '4301' is not 6 digits*rural population 0 is not positive*registered poor 200 is not between 0 and the rural population 100*county 430102 is given 2 times*");
    }
}
