using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Bulk;

/// <summary>Issue 16, the in-flight bound: memory in flight does not grow with the degree of parallelism.</summary>
public class InFlightBoundTests
{
    /// <summary>The most records read and not yet handed to the consumer, seen at each result.</summary>
    private static (int Results, int MostInFlight, int ReadAtFirstResult) Run(BulkOptions options, int total)
    {
        var read = 0;
        IEnumerable<Household?> Counting()
        {
            for (var i = 0; i < total; i++)
            {
                read++;
                yield return Households.Exiting($"H{i}");
            }
        }

        var (results, most, atFirst) = (0, 0, -1);
        foreach (var _ in Engine.Instance.AssessMany(Counting(), Engine.National2016, options))
        {
            // The result in hand is still in flight until the consumer moves on.
            most = Math.Max(most, read - results);
            atFirst = atFirst < 0 ? read : atFirst;
            results++;
        }

        return (results, most, atFirst);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(2_000)]
    [InlineData(BulkOptions.MaxParallelism)]
    public void Records_in_flight_stay_within_the_bound_whatever_the_parallelism(int parallelism)
    {
        var options = new BulkOptions { BatchSize = 100, MaxDegreeOfParallelism = parallelism, MaxRecordsInFlight = 1_000 };

        var (results, most, atFirst) = Run(options, 20_000);

        results.Should().Be(20_000);
        most.Should().BeLessThanOrEqualTo(1_000);
        atFirst.Should().BeLessThanOrEqualTo(1_000, "the issue saw 2,000,000 read before the first result at parallelism 2,000");
    }

    [Fact]
    public void The_default_bound_is_sixteen_thousand_records_at_any_parallelism()
    {
        new BulkOptions().MaxRecordsInFlight.Should().Be(16_384);

        var (results, most, _) = Run(new BulkOptions { MaxDegreeOfParallelism = 2_000 }, 40_000);

        results.Should().Be(40_000);
        most.Should().BeLessThanOrEqualTo(16_384);
    }

    [Fact]
    public void A_bound_of_one_batch_still_assesses_everything_in_order()
    {
        var input = Enumerable.Range(0, 1_000).Select(i => (Household?)Households.Exiting($"H{i}")).ToList();

        var results = Engine.Instance.AssessMany(input, Engine.National2016, new BulkOptions { BatchSize = 64, MaxDegreeOfParallelism = 8, MaxRecordsInFlight = 64 }).ToList();

        results.Select(r => r.HouseholdId).Should().Equal(input.Select(h => h!.Id));
    }

    public static TheoryData<string, BulkOptions, string> AbsurdOptions() => new()
    {
        { "BatchSize", new BulkOptions { BatchSize = 0 }, "from 1 to 65,536" },
        { "BatchSize", new BulkOptions { BatchSize = 65_537, MaxRecordsInFlight = 100_000 }, "from 1 to 65,536" },
        { "MaxDegreeOfParallelism", new BulkOptions { MaxDegreeOfParallelism = 0 }, "from 1 to 4,096" },
        { "MaxDegreeOfParallelism", new BulkOptions { MaxDegreeOfParallelism = int.MaxValue }, "from 1 to 4,096" },
        { "MaxDegreeOfParallelism", new BulkOptions { MaxDegreeOfParallelism = -5 }, "from 1 to 4,096" },
        { "MaxRecordsInFlight", new BulkOptions { BatchSize = 512, MaxRecordsInFlight = 100 }, "from the batch size (512) to 16,777,216" },
        { "MaxRecordsInFlight", new BulkOptions { BatchSize = 512, MaxRecordsInFlight = int.MaxValue }, "from the batch size (512) to 16,777,216" },
    };

    [Theory]
    [MemberData(nameof(AbsurdOptions))]
    public void Absurd_bulk_options_are_rejected_naming_the_option_and_its_range(string option, BulkOptions options, string range)
    {
        Action assess = () => Engine.Instance.AssessMany([], Engine.National2016, options);
        Action compare = () => new PolicyComparison(Engine.Instance).Compare([], Engine.National2016, Engine.National2016, new ComparisonOptions { Bulk = options });

        foreach (var act in new[] { assess, compare })
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(option)
                .Which.Message.Should().Contain($"BulkOptions.{option} must be {range}");
        }
    }

    [Fact]
    public void Parallelism_at_int_MaxValue_is_an_argument_error_not_an_overflow()
    {
        var act = () => Engine.Instance.AssessMany([Households.Exiting()], Engine.National2016, new BulkOptions { MaxDegreeOfParallelism = int.MaxValue }).ToList();

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
    }
}
