using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.RollUp;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Bulk;

/// <summary>Issue 16, duplicate household ids: the same 户编号 twice in one run is never passed or counted twice.</summary>
public class DuplicateHouseholdIdTests
{
    private static readonly PolicyProfile Changed =
        Engine.National2016.WithPovertyLine(2016, 4000m, "Proposal", verified: false) with { Id = "LINE-4000" };

    private static Household Poor(string id, int people = 2) => Households.Exiting(id).WithIncome(2016, 1000m) with
    {
        VillageCode = Levels.CentralVillage,
        Members = [.. Enumerable.Range(0, people).Select(_ => Households.Adult())],
    };

    [Fact]
    public void A_repeated_household_id_becomes_invalid_input_naming_the_first_records_position()
    {
        var results = Engine.Instance.AssessMany([Households.Exiting("H1"), Households.Exiting("H2"), Households.Exiting("H1")], Engine.National2016).ToList();

        results.Should().HaveCount(3, "records in = results out");
        results[0].Status.Should().Be(HouseholdStatus.MayExit, "the first record with the id is assessed");
        results[1].Status.Should().Be(HouseholdStatus.MayExit);
        results[2].Status.Should().Be(HouseholdStatus.InvalidInput);
        results[2].HouseholdId.Should().Be("H1");
        var error = results[2].Errors.Should().ContainSingle().Subject;
        error.Field.Should().Be("Id");
        error.Reason.Should().Be("household 'H1' is a repeat: record 1 of this run has the same id; only the first is assessed");
    }

    [Fact]
    public void A_repeat_that_is_also_malformed_lists_the_repeat_first_and_its_own_problems_after()
    {
        var results = Engine.Instance.AssessMany([Households.Exiting("H1"), Households.Exiting("H1") with { VillageCode = "bad" }], Engine.National2016).ToList();

        results[1].Errors.Select(e => e.Field).Should().Equal("Id", "VillageCode");
    }

    [Fact]
    public void Null_records_and_records_without_an_id_are_never_taken_for_repeats()
    {
        var results = Engine.Instance.AssessMany(
            [null, null, Households.Exiting(""), Households.Exiting(""), Households.Exiting("H1")], Engine.National2016).ToList();

        results.Should().HaveCount(5);
        results.SelectMany(r => r.Errors).Should().NotContain(e => e.Field == "Id" && e.Reason.Contains("repeat"));
        results[4].Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(16, 4)]
    [InlineData(64, 8)]
    [InlineData(512, 3)]
    public void Repeats_are_found_the_same_way_whatever_the_batching_and_parallelism(int batchSize, int parallelism)
    {
        // 3,000 records over 1,000 ids: record i has id (i * 7) % 1000, so every id comes three times, far apart.
        var input = Enumerable.Range(0, 3_000).Select(i => (Household?)Households.Exiting($"H{i * 7 % 1000}")).ToList();
        var first = new Dictionary<string, int>();
        for (var i = 0; i < input.Count; i++)
        {
            first.TryAdd(input[i]!.Id, i);
        }

        var results = Engine.Instance.AssessMany(input, Engine.National2016, new BulkOptions { BatchSize = batchSize, MaxDegreeOfParallelism = parallelism }).ToList();

        results.Should().HaveCount(3_000);
        for (var i = 0; i < input.Count; i++)
        {
            var firstPosition = first[input[i]!.Id];
            if (firstPosition == i)
            {
                results[i].Status.Should().Be(HouseholdStatus.MayExit);
            }
            else
            {
                results[i].Errors.Should().ContainSingle().Which.Reason.Should().Contain($"record {firstPosition + 1} of this run");
            }
        }

        results.Count(r => r.Status == HouseholdStatus.InvalidInput).Should().Be(2_000);
    }

    [Fact]
    public void Each_run_remembers_its_own_ids_only()
    {
        Engine.Instance.AssessMany([Households.Exiting("H1")], Engine.National2016).Single().Status.Should().Be(HouseholdStatus.MayExit);
        Engine.Instance.AssessMany([Households.Exiting("H1")], Engine.National2016).Single().Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void A_household_repeated_three_times_is_counted_once_in_its_village()
    {
        // The case: 3 copies of a 2-person poor household turned a village of 200 from may-delist (1%) to
        // remains-listed (3%), unflagged.
        var village = Levels.DelistableVillage(population: 200, remaining: 999);

        var result = Engine.Instance.AssessHierarchy([Poor("P1"), Poor("P1"), Poor("P1")], [village], [], Engine.National2016);

        var assessed = result.Counties.Single().Villages.Single();
        assessed.Households!.Households.Should().Be(1);
        assessed.Village!.RemainingPoorPeople.Should().Be(2);
        assessed.Status.Should().Be(VillageStatus.MayDelist);
        result.Repeated.Households.Should().Be(2);
        result.Repeated.HouseholdsWith(HouseholdStatus.InvalidInput).Should().Be(2, "the engine rejected the repeats");
        result.HouseholdsRead.Should().Be(3);
        (result.Counties.Sum(c => (long)c.Households.Households) + result.Unattributed.Households + result.Repeated.Households)
            .Should().Be(result.HouseholdsRead, "records in = results out");
    }

    [Fact]
    public void Assessments_of_one_household_from_two_runs_are_counted_once_in_the_roll_up()
    {
        var village = Levels.DelistableVillage(population: 200, remaining: 999);
        var first = Engine.Instance.AssessMany([Poor("P1")], Engine.National2016);
        var second = Engine.Instance.AssessMany([Poor("P1")], Engine.National2016);

        var result = Engine.Instance.AssessHierarchy(first.Concat(second), [village], [], Engine.National2016);

        result.Counties.Single().Villages.Single().Households!.Households.Should().Be(1);
        result.Repeated.HouseholdsWith(HouseholdStatus.RemainsPoor).Should().Be(1, "each run alone saw no repeat, so its status is kept");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public void A_repeated_household_in_a_comparison_is_an_unchanged_invalid_input_record_even_across_chunks(int chunkSize)
    {
        Household?[] population = [Households.Exiting("a"), Households.Exiting("b"), Households.Exiting("c"), Households.Exiting("a"), Households.Exiting("b")];

        var report = new PolicyComparison(Engine.Instance).Compare(population, Engine.National2016, Changed, new ComparisonOptions { ChunkSize = chunkSize });

        report.Households.Records.Should().Be(5, "records in = results out");
        report.Households.Count(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor).Should().Be(3);
        report.Households.Count(HouseholdStatus.InvalidInput, HouseholdStatus.InvalidInput).Should().Be(2);
        report.Households.Changed.Should().Be(3);
    }

    [Fact]
    public void A_repeated_household_in_a_comparison_with_villages_is_rolled_up_once()
    {
        var village = Levels.DelistableVillage(population: 200, remaining: 999);

        var report = new PolicyComparison(Engine.Instance).Compare([Poor("P1"), Poor("P1"), Poor("P1")], [village], [], Engine.National2016, Changed);

        report.Villages!.Count(VillageStatus.MayDelist, VillageStatus.MayDelist).Should().Be(1);
        report.Households.Count(HouseholdStatus.InvalidInput, HouseholdStatus.InvalidInput).Should().Be(2);
    }
}
