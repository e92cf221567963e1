using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class AssessManyTests
{
    private static IEnumerable<Household?> Mixed(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 7) switch
            {
                0 => Households.Exiting($"H{i}").WithIncome(2016, 1000m),
                1 => Households.Exiting($"H{i}") with { VillageCode = "bad" },
                2 => null,
                3 => Households.Exiting($"H{i}") with { Vehicles = [new Vehicle(VehicleKind.PassengerCar)] },
                _ => Households.Exiting($"H{i}"),
            };
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(512, 4)]
    public void Results_come_in_input_order_one_per_record_whatever_the_batching(int batchSize, int parallelism)
    {
        var input = Mixed(2_000).ToList();

        var results = Engine.Instance.AssessMany(input, Engine.National2016, new BulkOptions { BatchSize = batchSize, MaxDegreeOfParallelism = parallelism }).ToList();

        results.Should().HaveCount(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            results[i].HouseholdId.Should().Be(input[i]?.Id);
            results[i].Status.Should().Be(input[i] is null ? HouseholdStatus.InvalidInput : Engine.Assess(input[i]!).Status);
        }
    }

    [Fact]
    public void Null_and_malformed_records_are_kept_as_invalid_input()
    {
        var results = Engine.Instance.AssessMany(Mixed(7), Engine.National2016).ToList();

        results[1].Errors.Should().ContainSingle().Which.Field.Should().Be("VillageCode");
        results[2].HouseholdId.Should().BeNull();
        results[2].Errors.Should().ContainSingle().Which.Should().Be(new InputError("(record)", "the record is null"));
    }

    [Fact]
    public void Households_are_read_lazily_as_results_are_consumed()
    {
        var read = 0;
        IEnumerable<Household?> Counting()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                read++;
                yield return Households.Exiting($"H{i}");
            }
        }

        var first = Engine.Instance.AssessMany(Counting(), Engine.National2016, new BulkOptions { BatchSize = 100, MaxDegreeOfParallelism = 2 }).Take(150).ToList();

        first.Should().HaveCount(150);
        read.Should().BeLessThan(1_000, "only a bounded window of batches is read ahead");
    }

    [Fact]
    public void Concurrent_single_assessments_agree_with_sequential_ones()
    {
        var households = Mixed(700).OfType<Household>().ToList();
        var expected = households.Select(h => Engine.Assess(h).Status).ToList();

        var actual = new HouseholdStatus[households.Count];
        Parallel.For(0, households.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Engine.Assess(households[i]).Status);

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Bad_options_are_rejected_naming_the_option()
    {
        var act = () => Engine.Instance.AssessMany([], Engine.National2016, new BulkOptions { BatchSize = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BatchSize");
    }
}
