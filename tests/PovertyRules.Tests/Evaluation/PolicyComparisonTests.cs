using System.Text.Json.Nodes;
using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class PolicyComparisonTests
{
    private static readonly PolicyComparison Comparison = new(Engine.Instance);
    private static readonly PolicyProfile Baseline = PolicyProfiles.National(2016);
    private static readonly PolicyProfile LineAt4000 = Baseline.WithPovertyLine(2016, 4000m, "Proposal: line 4000", verified: false) with { Id = "LINE-4000" };

    private const string OtherCountyVillage = "522301101201";

    [Fact]
    public void Counting_household_transitions_in_another_level_s_statuses_is_refused()
    {
        var report = Comparison.Compare([Households.Exiting("below", income: 3400m)], Baseline, LineAt4000);

        var count = () => report.Households.Count(VillageStatus.MayDelist, VillageStatus.RemainsListed);

        count.Should().Throw<ArgumentException>().Which.Message.Should().Contain("HouseholdStatus").And.Contain("VillageStatus");
    }

    [Fact]
    public void Raising_the_line_moves_a_household_between_the_lines_from_may_exit_to_remains_poor_because_of_income()
    {
        var report = Comparison.Compare(
            [Households.Exiting("below", income: 3400m), Households.Exiting("above", income: 4500m)], Baseline, LineAt4000);

        var households = report.Households;
        households.Records.Should().Be(2);
        households.Changed.Should().Be(1);
        households.Count(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor).Should().Be(1);
        households.Count(HouseholdStatus.MayExit, HouseholdStatus.MayExit).Should().Be(1);
        var transition = households.Transitions.Single(t => t.Changed);
        transition.Criteria.Should().Equal(new CriterionShift("HH-INCOME", Outcome.Met, Outcome.NotMet, 1, 2));
        households.ChangedRecords.Should().Equal(
            new ChangedRecord("below", "431226", "MayExit", "RemainsPoor", households.ChangedRecords[0].Criteria));
        households.ChangedRecords[0].Criteria.Should().Equal(new CriterionChange("HH-INCOME", Outcome.Met, Outcome.NotMet));
    }

    [Fact]
    public void Income_equal_to_the_new_line_counts_as_a_change_and_one_cent_above_does_not()
    {
        var report = Comparison.Compare(
            [Households.Exiting("equal", income: 4000m), Households.Exiting("cent-above", income: 4000.01m)], Baseline, LineAt4000);

        report.Households.ChangedRecords.Select(r => r.Id).Should().Equal("equal");
    }

    [Fact]
    public void Requiring_safe_water_in_2016_makes_a_household_without_it_remain_poor_and_one_without_a_record_undetermined()
    {
        var water = Baseline with { Id = "WATER", SafeDrinkingWaterRequired = new(true, "Proposal: require water", false) };

        var report = Comparison.Compare(
            [Households.Exiting("no-water") with { SafeDrinkingWater = false }, Households.Exiting("not-recorded") with { SafeDrinkingWater = null }],
            Baseline,
            water);

        var records = report.Households.ChangedRecords;
        records.Should().HaveCount(2);
        records[0].Should().BeEquivalentTo(new { Id = "no-water", From = "MayExit", To = "RemainsPoor" });
        records[0].Criteria.Should().Equal(new CriterionChange("HH-WATER", null, Outcome.NotMet));
        records[1].Should().BeEquivalentTo(new { Id = "not-recorded", From = "MayExit", To = "Undetermined" });
        records[1].Criteria.Should().Equal(new CriterionChange("HH-WATER", null, Outcome.Unknown));
    }

    [Fact]
    public void A_criterion_that_becomes_applicable_and_is_met_is_not_named_as_a_cause()
    {
        var lineAndWater = LineAt4000 with { SafeDrinkingWaterRequired = new(true, "Proposal: require water", false) };

        var record = Comparison.Compare([Households.Exiting("h", income: 3500m)], Baseline, lineAndWater).Households.ChangedRecords.Single();

        record.Criteria.Should().Equal(new CriterionChange("HH-INCOME", Outcome.Met, Outcome.NotMet));
    }

    [Fact]
    public void Dropping_cheap_cars_from_the_exclusion_turns_a_wrongly_registered_household_into_an_exit()
    {
        var cheapCarsExempt = Baseline with { Id = "CAR-30000", MinimumExcludingCarValue = new(30_000m, "Proposal", false) };
        var withCar = Households.Exiting("car") with { Vehicles = [new Vehicle(VehicleKind.PassengerCar) { Value = 29_999m }] };

        var report = Comparison.Compare([withCar], Baseline, cheapCarsExempt);

        report.Households.Count(HouseholdStatus.IneligibleWronglyRegistered, HouseholdStatus.MayExit).Should().Be(1);
        report.Households.ChangedRecords.Single().Criteria.Should().Equal(new CriterionChange("EX-CAR", Outcome.NotMet, Outcome.Met));
    }

    [Fact]
    public void A_record_invalid_under_one_profile_only_is_put_down_to_its_input()
    {
        var earlyDate = Baseline with { Id = "EARLY", AgeReferenceDate = new(new DateOnly(2016, 6, 30), "Proposal", false) };
        var bornInAutumn = Households.Exiting("autumn").WithMember(Households.Child(0) with { Age = null, BirthDate = new DateOnly(2016, 9, 1) });

        var record = Comparison.Compare([bornInAutumn], Baseline, earlyDate).Households.ChangedRecords.Single();

        record.To.Should().Be("InvalidInput");
        record.Criteria.Should().Equal(new CriterionChange(ImpactReport.InputCriterion, null, null));
    }

    [Fact]
    public void Null_and_malformed_records_are_counted_not_dropped()
    {
        var report = Comparison.Compare([null, Households.Exiting("bad") with { VillageCode = "123" }, Households.Exiting()], Baseline, LineAt4000);

        report.Households.Records.Should().Be(3);
        report.Households.Count(HouseholdStatus.InvalidInput, HouseholdStatus.InvalidInput).Should().Be(2);
        report.Households.Counties.Select(c => (c.County, c.Records)).Should().Equal((ImpactReport.UnknownCounty, 2L), ("431226", 1L));
    }

    [Fact]
    public void Counts_are_kept_per_county()
    {
        var report = Comparison.Compare(
            [
                Households.Exiting("a", income: 3000m),
                Households.Exiting("b", income: 3000m) with { VillageCode = OtherCountyVillage },
                Households.Exiting("c", income: 5000m) with { VillageCode = OtherCountyVillage },
            ],
            Baseline,
            LineAt4000);

        report.Households.Counties.Should().BeEquivalentTo(
            [
                new { County = "431226", Records = 1L, People = 2L, Changed = 1L, ChangedPeople = 2L },
                new { County = "522301", Records = 2L, People = 4L, Changed = 1L, ChangedPeople = 2L },
            ],
            o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void The_same_profile_on_both_sides_changes_nothing()
    {
        var report = Comparison.Compare([Households.Exiting("a"), Households.Exiting("b", income: 100m)], Baseline, Baseline);

        report.Households.Changed.Should().Be(0);
        report.Households.Transitions.Should().OnlyContain(t => !t.Changed);
        report.ProfileDifferences.Should().BeEmpty();
    }

    [Fact]
    public void Only_the_first_changed_records_up_to_the_cap_are_kept_and_the_report_says_so()
    {
        var population = Enumerable.Range(0, 10).Select(i => Households.Exiting($"H{i}", income: 3500m));

        var report = Comparison.Compare(population, Baseline, LineAt4000, new ComparisonOptions { MaxChangedRecords = 3, ChunkSize = 4 });

        report.Households.Changed.Should().Be(10);
        report.Households.ChangedRecords.Select(r => r.Id).Should().Equal("H0", "H1", "H2");
        report.Households.ChangedRecordsTruncated.Should().BeTrue();
    }

    [Fact]
    public void Report_names_the_profiles_and_how_they_differ()
    {
        var report = Comparison.Compare([Households.Exiting()], Baseline, LineAt4000);

        report.Baseline.ProfileId.Should().Be("CN-2016");
        report.Changed.ProfileId.Should().Be("LINE-4000");
        report.Changed.ParameterHash.Should().NotBe(report.Baseline.ParameterHash);
        report.ProfileDifferences.Select(d => d.Name).Should().Equal("povertyLines.2016");
        report.ToString().Should().Contain("MayExit → RemainsPoor: 1 records").And.Contain("HH-INCOME Met → NotMet: 1 records");
    }

    [Fact]
    public void Json_export_holds_the_matrix_criteria_counties_and_changed_records()
    {
        var report = Comparison.Compare([Households.Exiting("a", income: 3500m)], Baseline, LineAt4000);

        var json = JsonNode.Parse(report.ToJson())!;

        var level = json["levels"]![0]!;
        level["level"]!.GetValue<string>().Should().Be("Household");
        level["transitions"]![0]!["criteria"]![0]!["criterionId"]!.GetValue<string>().Should().Be("HH-INCOME");
        level["counties"]![0]!["county"]!.GetValue<string>().Should().Be("431226");
        level["changedRecords"]![0]!["id"]!.GetValue<string>().Should().Be("a");
        json["profileDifferences"]![0]!["name"]!.GetValue<string>().Should().Be("povertyLines.2016");
    }

    [Fact]
    public void Csv_export_has_one_row_per_count_and_quotes_ids_with_commas()
    {
        var report = Comparison.Compare([Households.Exiting("a,1", income: 3500m)], Baseline, LineAt4000);
        var counts = new StringWriter();
        var changed = new StringWriter();

        report.WriteCsv(counts);
        report.WriteChangedRecordsCsv(changed);

        counts.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "level,county,from,to,criterion,criterion_baseline,criterion_changed,records,people",
            "Household,,MayExit,RemainsPoor,,,,1,2",
            "Household,,MayExit,RemainsPoor,HH-INCOME,Met,NotMet,1,2",
            "Household,431226,MayExit,RemainsPoor,,,,1,2");
        changed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "level,id,county,from,to,criteria",
            "Household,\"a,1\",431226,MayExit,RemainsPoor,HH-INCOME Met→NotMet");
    }

    [Fact]
    public void An_unusable_profile_is_refused_before_the_population_is_read()
    {
        var population = new CountingPopulation(Enumerable.Repeat(Households.Exiting(), 5));
        var broken = Baseline with { YearsAboveLine = new(0, "t", false) };

        var act = () => Comparison.Compare(population, Baseline, broken);

        act.Should().Throw<ArgumentException>().WithMessage("*yearsAboveLine*");
        population.Enumerations.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 10, "MaxChangedRecords")]
    [InlineData(10, 0, "ChunkSize")]
    public void Options_out_of_range_are_refused_naming_the_option(int cap, int chunk, string name)
    {
        var act = () => Comparison.Compare([], Baseline, Baseline, new ComparisonOptions { MaxChangedRecords = cap, ChunkSize = chunk });

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == name);
    }
}
