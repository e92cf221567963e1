using PovertyRules.Assessment;
using PovertyRules.Integration.Tests.Support;
using PovertyRules.Policy;

namespace PovertyRules.Integration.Tests;

public sealed class AsyncBulkTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);
    private static readonly PovertyRulesEngine Engine = new();

    public static TheoryData<int, int> Shapes => new() { { 1, 1 }, { 7, 2 }, { 64, 4 } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task An_async_run_gives_what_the_synchronous_run_gives_in_input_order(int batchSize, int parallelism)
    {
        var options = new BulkOptions { BatchSize = batchSize, MaxDegreeOfParallelism = parallelism };
        var expected = Engine.AssessMany(Register.Mixed(500), Profile, options).Select(r => (r.HouseholdId, r.Status)).ToList();

        var actual = new List<(string?, HouseholdStatus)>();
        await foreach (var result in Engine.AssessManyAsync(Register.Async(Register.Mixed(500)), Profile, options))
        {
            actual.Add((result.HouseholdId, result.Status));
        }

        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task A_null_record_and_a_repeated_id_become_invalid_input_in_their_place()
    {
        Household?[] households = [Register.Exiting(1), null, Register.Exiting(2), Register.Poor(1)];

        var results = new List<HouseholdAssessment>();
        await foreach (var result in Engine.AssessManyAsync(Register.Async(households), Profile, new BulkOptions { BatchSize = 2 }))
        {
            results.Add(result);
        }

        results.Select(r => r.Status).Should().Equal(HouseholdStatus.MayExit, HouseholdStatus.InvalidInput, HouseholdStatus.MayExit, HouseholdStatus.InvalidInput);
        results[3].Errors[0].Field.Should().Be("Id");
    }

    [Fact]
    public async Task A_failing_async_source_returns_every_household_read_then_a_BulkSourceException_with_the_counts()
    {
        static async IAsyncEnumerable<Household?> Failing()
        {
            foreach (var household in Register.Mixed(25))
            {
                await Task.Yield();
                yield return household;
            }

            throw new IOException("connection lost");
        }

        var results = new List<HouseholdAssessment>();
        var run = async () =>
        {
            await foreach (var result in Engine.AssessManyAsync(Failing(), Profile, new BulkOptions { BatchSize = 10 }))
            {
                results.Add(result);
            }
        };

        var failure = (await run.Should().ThrowAsync<BulkSourceException>()).Which;
        results.Should().HaveCount(25);
        failure.RecordsRead.Should().Be(25);
        failure.ResultsReturned.Should().Be(25);
        failure.InnerException.Should().BeOfType<IOException>();
    }

    [Fact]
    public void Bad_arguments_fail_when_the_run_is_created_not_when_it_is_first_read()
    {
        var noSource = () => Engine.AssessManyAsync(null!, Profile);
        var badOptions = () => Engine.AssessManyAsync(Register.Async([]), Profile, new BulkOptions { BatchSize = 0 });

        noSource.Should().Throw<ArgumentNullException>().WithParameterName("households");
        badOptions.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BatchSize");
    }
}
