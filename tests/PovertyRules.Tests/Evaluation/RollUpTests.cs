using PovertyRules.Assessment;
using PovertyRules.RollUp;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class RollUpTests
{
    private const string VillageA = "431226101201";
    private const string VillageB = "431226101202";
    private const string VillageC = "431226101203"; // no descriptor
    private const string OtherCountyVillage = "431227101201"; // county without descriptor

    private static Household Of(string id, string village, int people, HouseholdStatus status)
    {
        var household = Households.Exiting(id) with
        {
            VillageCode = village,
            Members = [.. Enumerable.Range(0, people).Select(_ => Households.Adult())],
        };
        return status switch
        {
            HouseholdStatus.MayExit => household,
            HouseholdStatus.RemainsPoor => household.WithIncome(2016, 1000m),
            HouseholdStatus.EligibleProcedurePending => household with { ExitProcedure = new ExitProcedureRecord { AppraisalHeld = true } },
            HouseholdStatus.Undetermined => household with { FoodAndClothingSecure = null },
            HouseholdStatus.IneligibleWronglyRegistered => household with { Vehicles = [new Vehicle(VehicleKind.PassengerCar)] },
            _ => household.WithIncome(2016, -1m),
        };
    }

    /// <summary>
    /// County 431226 (population 1,000): village A (400) with one household of each assessed status, village B (300)
    /// with an exiting household and a rejected record, village C (no descriptor) with a poor household; plus a poor
    /// household in county 431227 (no descriptor) and one with a malformed village code.
    /// </summary>
    private static List<Household> HandBuilt() =>
    [
        Of("A-exit", VillageA, 3, HouseholdStatus.MayExit),
        Of("A-poor", VillageA, 2, HouseholdStatus.RemainsPoor),
        Of("A-pending", VillageA, 4, HouseholdStatus.EligibleProcedurePending),
        Of("A-undetermined", VillageA, 1, HouseholdStatus.Undetermined),
        Of("A-car", VillageA, 5, HouseholdStatus.IneligibleWronglyRegistered),
        Of("B-exit", VillageB, 2, HouseholdStatus.MayExit),
        Of("B-rejected", VillageB, 3, HouseholdStatus.InvalidInput),
        Of("C-poor", VillageC, 2, HouseholdStatus.RemainsPoor),
        Of("other-county", OtherCountyVillage, 6, HouseholdStatus.RemainsPoor),
        Of("bad-code", "4312", 2, HouseholdStatus.InvalidInput),
    ];

    private static readonly Village[] Villages =
    [
        Levels.DelistableVillage(VillageA, population: 400, remaining: 999),
        Levels.DelistableVillage(VillageB, population: 300, remaining: 999),
    ];

    private static HierarchyAssessment RollUp(int countyPopulation = 1000) =>
        Engine.Instance.AssessHierarchy(HandBuilt(), Villages, [Levels.ExitingCounty(Levels.CentralCounty, population: countyPopulation, remaining: 999) with { ExitedPeople = null }], Levels.National2016);

    [Theory]
    [InlineData(HouseholdStatus.RemainsPoor, true)]
    [InlineData(HouseholdStatus.EligibleProcedurePending, true)]
    [InlineData(HouseholdStatus.Undetermined, true)]
    [InlineData(HouseholdStatus.MayExit, false)]
    [InlineData(HouseholdStatus.IneligibleWronglyRegistered, false)]
    [InlineData(HouseholdStatus.InvalidInput, null)]
    public void Counting_rule_says_which_statuses_are_still_registered_poor(HouseholdStatus status, bool? remaining)
    {
        HouseholdTally.CountsAsRemainingPoor(status).Should().Be(remaining);
    }

    [Fact]
    public void Remaining_poor_people_count_pending_and_undetermined_households_but_not_exits_or_wrong_registrations()
    {
        var village = RollUp().County(Levels.CentralCounty)!.Villages.Single(v => v.Code == VillageA);

        village.Village!.RemainingPoorPeople.Should().Be(2 + 4 + 1, "the recorded 999 is replaced by the count");
        village.Households!.Households.Should().Be(5);
        village.Households.People.Should().Be(15);
        village.Households.PeopleWith(HouseholdStatus.IneligibleWronglyRegistered).Should().Be(5);
        village.Village.RuralPopulation.Should().Be(400, "wrongly registered people stay in the rural registered population");
        village.Incidence.Should().Be(7m / 400);
        village.Status.Should().Be(VillageStatus.MayDelist);
    }

    [Fact]
    public void A_village_with_a_rejected_household_record_is_undetermined_while_the_count_could_still_pass()
    {
        var village = RollUp().County(Levels.CentralCounty)!.Villages.Single(v => v.Code == VillageB);

        village.Households!.UnassessedHouseholds.Should().Be(1);
        village.Village!.RemainingPoorPeople.Should().Be(0);
        village.OutcomeOf(VillageIncidenceRule.Id).Should().Be(Outcome.Unknown);
        village.Finding(VillageIncidenceRule.Id).Actual.Should().Contain("at least 0%").And.Contain("1 household(s) with rejected records not counted");
        village.Status.Should().Be(VillageStatus.Undetermined);
    }

    [Fact]
    public void Households_of_a_village_without_descriptor_count_for_the_county_and_are_listed()
    {
        var county = RollUp().County(Levels.CentralCounty)!;

        county.UndescribedVillages.Should().ContainSingle().Which.Code.Should().Be(VillageC);
        county.UndescribedVillages[0].RemainingPoorPeople.Should().Be(2);
        county.Households.RemainingPoorPeople.Should().Be(7 + 0 + 2);
        county.Assessment!.County!.RemainingPoorPeople.Should().Be(9);
    }

    [Fact]
    public void A_county_with_a_rejected_household_is_undetermined_when_the_known_count_passes()
    {
        var county = RollUp(countyPopulation: 1000).County(Levels.CentralCounty)!.Assessment!;

        county.OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.Unknown);
        county.Status.Should().Be(CountyStatus.Undetermined);
    }

    [Fact]
    public void A_county_whose_known_count_already_reaches_the_threshold_remains_designated_despite_a_rejected_household()
    {
        var county = RollUp(countyPopulation: 450).County(Levels.CentralCounty)!.Assessment!;

        county.OutcomeOf(CountyIncidenceRule.Id).Should().Be(Outcome.NotMet);
        county.Status.Should().Be(CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void Listed_villages_remaining_are_counted_from_the_village_assessments()
    {
        RollUp().County(Levels.CentralCounty)!.Assessment!.County!.ListedVillagesRemaining.Should().Be(1, "village B is undetermined");
    }

    [Fact]
    public void A_county_without_descriptor_still_gets_a_result_with_its_households()
    {
        var other = RollUp().County("431227")!;

        other.Assessment.Should().BeNull();
        other.Households.RemainingPoorPeople.Should().Be(6);
        other.UndescribedVillages.Should().ContainSingle().Which.Code.Should().Be(OtherCountyVillage);
    }

    [Fact]
    public void Households_with_an_unusable_village_code_are_counted_apart()
    {
        var result = RollUp();

        result.Unattributed.Households.Should().Be(1);
        result.Unattributed.People.Should().Be(2);
    }

    [Fact]
    public void Records_in_equal_results_out_across_the_hierarchy()
    {
        var households = HandBuilt();
        var result = RollUp();

        result.HouseholdsRead.Should().Be(households.Count);
        (result.Counties.Sum(c => c.Households.Households) + result.Unattributed.Households).Should().Be(households.Count);
        result.Counties.Sum(c => c.Villages.Count).Should().Be(Villages.Length);
        result.Counties.Count(c => c.Assessment is not null).Should().Be(1);
    }

    [Fact]
    public void Province_totals_cover_described_counties_for_incidence_and_report_the_rest()
    {
        var province = RollUp().Provinces.Should().ContainSingle().Subject;

        province.Code.Should().Be("43");
        province.Households.Households.Should().Be(9);
        province.OutsideDescribedCounties.RemainingPoorPeople.Should().Be(6);
        province.RemainingPoorPeople.Should().Be(9);
        province.RuralPopulation.Should().Be(1000);
        province.Incidence.Should().Be(0.009m);
        province.Villages[VillageStatus.MayDelist].Should().Be(1);
        province.Counties[CountyStatus.Undetermined].Should().Be(1);
    }

    [Fact]
    public void Null_malformed_and_duplicate_descriptors_are_rejected_with_reasons_and_the_first_duplicate_is_used()
    {
        var villages = new Village?[] { Villages[0], null, Levels.DelistableVillage("43122610120"), Villages[0] with { RuralPopulation = 7 } };
        var counties = new County?[] { Levels.ExitingCounty(), Levels.ExitingCounty() with { RuralPopulation = 5 }, null };

        var result = Engine.Instance.AssessHierarchy(HandBuilt(), villages, counties, Levels.National2016);

        result.VillagesRead.Should().Be(4);
        result.RejectedVillages.Should().HaveCount(3);
        result.RejectedVillages[0].Errors.Should().ContainSingle().Which.Field.Should().Be("(record)");
        result.RejectedVillages[1].Errors.Should().ContainSingle().Which.Field.Should().Be("Code");
        result.RejectedVillages[2].Errors[0].Reason.Should().Contain("described more than once");
        result.County(Levels.CentralCounty)!.Villages.Single().Village!.RuralPopulation.Should().Be(400);
        result.RejectedCounties.Should().HaveCount(2);
        result.County(Levels.CentralCounty)!.Assessment!.County!.RuralPopulation.Should().Be(100_000);
    }

    [Fact]
    public void The_roll_up_reads_the_household_stream_once_without_collecting_it()
    {
        var enumerations = 0;
        IEnumerable<Household?> Stream()
        {
            enumerations++;
            for (var i = 0; i < 20_000; i++)
            {
                yield return Of($"S{i}", i % 2 == 0 ? VillageA : VillageB, 1 + (i % 3), i % 5 == 0 ? HouseholdStatus.RemainsPoor : HouseholdStatus.MayExit);
            }
        }

        var result = Engine.Instance.AssessHierarchy(Stream(), Villages, [Levels.ExitingCounty(population: 100_000)], Levels.National2016);

        enumerations.Should().Be(1);
        result.HouseholdsRead.Should().Be(20_000);
        var expected = Enumerable.Range(0, 20_000).Where(i => i % 5 == 0).Sum(i => 1 + (i % 3));
        result.County(Levels.CentralCounty)!.Households.RemainingPoorPeople.Should().Be(expected);
    }

    [Fact]
    public void Assessments_made_earlier_roll_up_to_the_same_result_and_another_profile_is_refused()
    {
        var assessments = Engine.Instance.AssessMany(HandBuilt(), Levels.National2016);

        var result = Engine.Instance.AssessHierarchy(assessments, Villages, [Levels.ExitingCounty(population: 450) with { ExitedPeople = null }], Levels.National2016);

        result.County(Levels.CentralCounty)!.Assessment!.Status.Should().Be(CountyStatus.RemainsDesignated);
        var other = Engine.Instance.AssessMany(HandBuilt(), Levels.Hunan2016);
        FluentActions.Invoking(() => Engine.Instance.AssessHierarchy(other, Villages, [], Levels.National2016))
            .Should().Throw<ArgumentException>().WithMessage("*assessed under profile 'HN-2016-test'*");
    }

    [Fact]
    public void An_engine_used_for_households_only_does_not_compile_the_village_and_county_rules()
    {
        var engine = new PovertyRulesEngine();
        engine.Assess(Households.Exiting(), Levels.National2016);

        engine.LevelRulesCompiled.Should().BeFalse();
        engine.AssessVillage(Levels.DelistableVillage(), Levels.National2016);
        engine.LevelRulesCompiled.Should().BeTrue();
    }
}
