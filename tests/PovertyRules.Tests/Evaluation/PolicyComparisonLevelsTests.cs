using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.RollUp;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class PolicyComparisonLevelsTests
{
    private static readonly PolicyComparison Comparison = new(Engine.Instance);
    private static readonly PolicyProfile Baseline = PolicyProfiles.National(2016);
    private static readonly PolicyProfile LineAt4000 = Baseline.WithPovertyLine(2016, 4000m, "Proposal: line 4000", verified: false) with { Id = "LINE-4000" };
    private static readonly PolicyProfile WesternAt2Percent = Baseline with
    {
        Id = "WEST-2",
        WesternVillageIncidenceThreshold = new(0.02m, "Proposal: western villages at 2%", false),
    };

    private const string SecondCentralVillage = "431226101202";
    private const string OtherCountyVillage = "431227101201";

    /// <summary>
    /// A village of 200 people: one household of two stays poor under any line, one of two has 3,400 yuan (exits at the
    /// 2016 line, not at 4,000). Incidence goes from 2/200 = 1% to 4/200 = exactly 2%.
    /// </summary>
    private static Household[] TwoHouseholds(string village = Levels.CentralVillage) =>
    [
        Households.Exiting($"{village}-poor", income: 1000m) with { VillageCode = village },
        Households.Exiting($"{village}-between", income: 3400m) with { VillageCode = village },
    ];

    private static County SmallCounty(string code = Levels.CentralCounty, int population = 200) =>
        Levels.ExitingCounty(code, population: population, remaining: 0) with { ExitedPeople = null };

    [Fact]
    public void Raising_the_line_takes_a_village_and_its_county_to_exactly_two_percent_and_blocks_both_because_of_incidence()
    {
        var report = Comparison.Compare(
            TwoHouseholds(), [Levels.DelistableVillage(population: 200, remaining: 0)], [SmallCounty()], Baseline, LineAt4000);

        report.Levels.Select(l => l.Level).Should().Equal(AssessmentLevel.Household, AssessmentLevel.Village, AssessmentLevel.County);
        report.Households.Count(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor).Should().Be(1);
        var villages = report.Villages!;
        villages.Records.Should().Be(1);
        villages.People.Should().Be(200);
        villages.Count(VillageStatus.MayDelist, VillageStatus.RemainsListed).Should().Be(1);
        villages.Transitions.Single().Criteria.Should().Equal(new CriterionShift("VIL-INCIDENCE", Outcome.Met, Outcome.NotMet, 1, 200));
        villages.ChangedRecords.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Id = Levels.CentralVillage, County = Levels.CentralCounty, From = "MayDelist", To = "RemainsListed" });
        var counties = report.Counties!;
        counties.Count(CountyStatus.MayExit, CountyStatus.RemainsDesignated).Should().Be(1);
        counties.ChangedRecords.Single().Criteria.Should().Equal(new CriterionChange("CNT-INCIDENCE", Outcome.Met, Outcome.NotMet));
    }

    [Fact]
    public void The_roll_up_comparison_agrees_with_assessing_the_hierarchy_under_each_profile_separately()
    {
        var households = Enumerable.Range(0, 600).Select(i => Households.Exiting($"H{i}", income: 2500m + (i * 37 % 2000)) with
        {
            VillageCode = (i % 3) switch { 0 => Levels.CentralVillage, 1 => SecondCentralVillage, _ => OtherCountyVillage },
        }).ToList();
        Village[] villages =
        [
            Levels.DelistableVillage(population: 10_000), Levels.DelistableVillage(SecondCentralVillage, population: 25_000),
            Levels.DelistableVillage(OtherCountyVillage, population: 10_000) with { HardenedRoad = null },
        ];
        County[] counties = [SmallCounty(population: 50_000), SmallCounty("431227", population: 12_000)];

        var report = Comparison.Compare(households, villages, counties, Baseline, LineAt4000, new ComparisonOptions { ChunkSize = 64 });

        var before = Engine.Instance.AssessHierarchy(households, villages, counties, Baseline);
        var after = Engine.Instance.AssessHierarchy(households, villages, counties, LineAt4000);
        var villagePairs = before.Counties.SelectMany(c => c.Villages).Zip(after.Counties.SelectMany(c => c.Villages), (b, a) => (b.Status.ToString(), a.Status.ToString()));
        var countyPairs = before.Counties.Zip(after.Counties, (b, a) => (b.Assessment!.Status.ToString(), a.Assessment!.Status.ToString()));
        report.Villages!.Transitions.Select(t => (t.From, t.To, t.Records)).Should().BeEquivalentTo(
            villagePairs.GroupBy(p => p).Select(g => (g.Key.Item1, g.Key.Item2, (long)g.Count())));
        report.Counties!.Transitions.Select(t => (t.From, t.To, t.Records)).Should().BeEquivalentTo(
            countyPairs.GroupBy(p => p).Select(g => (g.Key.Item1, g.Key.Item2, (long)g.Count())));
        (report.Villages.Changed, report.Counties.Changed).Should().Be((2, 1), "the data must exercise changed and unchanged villages and counties");
    }

    [Fact]
    public void Households_villages_and_counties_are_each_read_once()
    {
        var population = new CountingPopulation(TwoHouseholds());
        var villages = new CountingSequence<Village?>([Levels.DelistableVillage(population: 200, remaining: 0)]);
        var counties = new CountingSequence<County?>([SmallCounty()]);

        Comparison.Compare(population, villages, counties, Baseline, LineAt4000, new ComparisonOptions { ChunkSize = 1 });

        (population.Enumerations, villages.Enumerations, counties.Enumerations).Should().Be((1, 1, 1));
    }

    [Fact]
    public void Lowering_the_western_village_threshold_to_two_percent_moves_only_western_villages_between_two_and_three_percent()
    {
        Village[] villages =
        [
            Levels.DelistableVillage(Levels.WesternVillage, population: 1000, remaining: 25),
            Levels.DelistableVillage("522301101202", population: 1000, remaining: 19),
            Levels.DelistableVillage("522301101203", population: 1000, remaining: 20),
            Levels.DelistableVillage(Levels.CentralVillage, population: 1000, remaining: 19),
        ];

        var report = Comparison.Compare(villages, [], Baseline, WesternAt2Percent);

        var level = report.Villages!;
        level.Records.Should().Be(4);
        level.ChangedRecords.Select(r => r.Id).Should().Equal(Levels.WesternVillage, "522301101203");
        level.Transitions.Single(t => t.Changed).Criteria.Should().Equal(new CriterionShift("VIL-INCIDENCE", Outcome.Met, Outcome.NotMet, 2, 2000));
        level.Counties.Select(c => (c.County, c.Records, c.Changed)).Should().Equal((Levels.CentralCounty, 1L, 0L), (Levels.WesternCounty, 3L, 2L));
        report.Counties!.Records.Should().Be(0);
    }

    [Fact]
    public void Comparing_recorded_villages_and_counties_alone_gives_no_household_level()
    {
        var report = Comparison.Compare([Levels.DelistableVillage()], [Levels.ExitingCounty()], Baseline, LineAt4000);

        report.Levels.Select(l => l.Level).Should().Equal(AssessmentLevel.Village, AssessmentLevel.County);
        report.Counties!.Count(CountyStatus.MayExit, CountyStatus.MayExit).Should().Be(1);
        var act = () => report.Households;
        act.Should().Throw<InvalidOperationException>().WithMessage("*no household level*");
    }

    [Fact]
    public void A_collective_income_minimum_that_starts_to_apply_is_named_as_the_cause()
    {
        var hunan = PolicyProfiles.Find("HN-2016")!;

        var report = Comparison.Compare([Levels.DelistableVillage() with { CollectiveIncome = 39_999.99m }], [], Baseline, hunan);

        report.Villages!.ChangedRecords.Single().Criteria.Should().Equal(new CriterionChange("VIL-COLLECTIVE-INCOME", null, Outcome.NotMet));
    }

    [Fact]
    public void Null_malformed_and_duplicate_descriptors_are_counted_as_invalid_input_not_dropped()
    {
        Village?[] villages = [null, Levels.DelistableVillage() with { Code = "4312" }, Levels.DelistableVillage(), Levels.DelistableVillage()];
        County?[] counties = [null, SmallCounty(), SmallCounty()];

        var rolledUp = Comparison.Compare(TwoHouseholds(), villages, counties, Baseline, LineAt4000);
        var recorded = Comparison.Compare(villages, counties, Baseline, Baseline);

        rolledUp.Villages!.Records.Should().Be(4);
        rolledUp.Villages.Count(VillageStatus.InvalidInput, VillageStatus.InvalidInput).Should().Be(3);
        rolledUp.Counties!.Records.Should().Be(3);
        rolledUp.Counties.Count(CountyStatus.InvalidInput, CountyStatus.InvalidInput).Should().Be(2);
        rolledUp.Villages.Counties.Select(c => c.County).Should().Equal(ImpactReport.UnknownCounty, Levels.CentralCounty);
        recorded.Villages!.Count(VillageStatus.InvalidInput, VillageStatus.InvalidInput).Should().Be(2);
        recorded.Counties!.Count(CountyStatus.InvalidInput, CountyStatus.InvalidInput).Should().Be(1);
    }

    [Fact]
    public void A_village_whose_counted_poor_outnumber_its_recorded_population_under_one_profile_only_is_put_down_to_its_input()
    {
        var report = Comparison.Compare(
            TwoHouseholds(), [Levels.DelistableVillage(population: 3, remaining: 0)], [], Baseline, LineAt4000);

        var record = report.Villages!.ChangedRecords.Single();
        (record.From, record.To).Should().Be(("RemainsListed", "InvalidInput"));
        record.Criteria.Should().Equal(new CriterionChange(ImpactReport.InputCriterion, null, null));
    }

    [Fact]
    public void The_cap_on_changed_records_applies_to_each_level()
    {
        Village[] villages = [.. Enumerable.Range(1, 5).Select(i => Levels.DelistableVillage($"52230110120{i}", population: 1000, remaining: 25))];

        var report = Comparison.Compare(villages, [], Baseline, WesternAt2Percent, new ComparisonOptions { MaxChangedRecords = 2, ChunkSize = 2 });

        report.Villages!.Changed.Should().Be(5);
        report.Villages.ChangedRecords.Select(r => r.Id).Should().Equal("522301101201", "522301101202");
        report.Villages.ChangedRecordsTruncated.Should().BeTrue();
    }

    [Fact]
    public void Csv_export_has_village_and_county_rows_after_the_household_rows()
    {
        var report = Comparison.Compare(
            TwoHouseholds(), [Levels.DelistableVillage(population: 200, remaining: 0)], [SmallCounty()], Baseline, LineAt4000);
        var counts = new StringWriter();
        var changed = new StringWriter();

        report.WriteCsv(counts);
        report.WriteChangedRecordsCsv(changed);

        counts.ToString().Should().Contain(
            "Village,,MayDelist,RemainsListed,VIL-INCIDENCE,Met,NotMet,1,200" + Environment.NewLine +
            "Village,431226,MayDelist,RemainsListed,,,,1,200" + Environment.NewLine +
            "County,,MayExit,RemainsDesignated,,,,1,200");
        changed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Skip(2).Should().Equal(
            "Village,431226101201,431226,MayDelist,RemainsListed,VIL-INCIDENCE Met→NotMet",
            "County,431226,431226,MayExit,RemainsDesignated,CNT-INCIDENCE Met→NotMet");
        report.ToString().Should().Contain("Village: 1 of 1 records change outcome").And.Contain("County: 1 of 1 records change outcome");
    }

    /// <summary>A sequence that counts how often it is enumerated.</summary>
    private sealed class CountingSequence<T>(IEnumerable<T> items) : IEnumerable<T>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<T> GetEnumerator()
        {
            Enumerations++;
            return items.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
