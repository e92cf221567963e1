using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Integration.Tests.Support;
using PovertyRules.Policy;
using PovertyRules.RollUp;

namespace PovertyRules.Integration.Tests;

public sealed class CancellationTests
{
    private const int Batch = 10;
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);
    private static readonly PovertyRulesEngine Engine = new();

    /// <summary>Households 1…<paramref name="count"/>; reading household <paramref name="cancelAt"/> cancels <paramref name="source"/>.</summary>
    private static IEnumerable<Household?> CancellingAt(int count, int cancelAt, CancellationTokenSource source)
    {
        foreach (var household in Register.Mixed(count))
        {
            if (household.Id == Register.Exiting(cancelAt).Id)
            {
                source.Cancel();
            }

            yield return household;
        }
    }

    public static TheoryData<int> Parallelism => [1, 2, 4];

    [Theory]
    [MemberData(nameof(Parallelism))]
    public void Cancelling_while_the_source_is_read_stops_within_one_batch_and_says_what_was_not_assessed(int parallelism)
    {
        using var cts = new CancellationTokenSource();
        var returned = new List<HouseholdAssessment>();

        var run = () =>
        {
            foreach (var result in Engine.AssessMany(CancellingAt(10_000, 45, cts), Profile, new BulkOptions { BatchSize = Batch, MaxDegreeOfParallelism = parallelism }, cts.Token))
            {
                returned.Add(result);
            }
        };

        var canceled = run.Should().Throw<BulkCanceledException>().Which;
        canceled.CancellationToken.Should().Be(cts.Token);
        canceled.RecordsRead.Should().Be(50, "the batch being read when the token was cancelled is finished, no other is read");
        canceled.ResultsReturned.Should().Be(returned.Count);
        canceled.RecordsAssessed.Should().BeInRange(returned.Count, canceled.RecordsRead);
        canceled.RecordsNotAssessed.Should().Be(canceled.RecordsRead - canceled.RecordsAssessed);
        canceled.Message.Should().Contain($"after 50 records read: {canceled.RecordsAssessed} assessed, {canceled.RecordsNotAssessed} read but not assessed, {returned.Count} results returned");
        ShouldBeCompleteAndInOrder(returned);
    }

    [Fact]
    public void Cancelling_while_results_are_consumed_stops_at_the_end_of_the_batch_being_returned()
    {
        using var cts = new CancellationTokenSource();
        var returned = new List<HouseholdAssessment>();

        var run = () =>
        {
            foreach (var result in Engine.AssessMany(Register.Mixed(10_000), Profile, new BulkOptions { BatchSize = Batch, MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                returned.Add(result);
                if (returned.Count == 23)
                {
                    cts.Cancel();
                }
            }
        };

        var canceled = run.Should().Throw<BulkCanceledException>().Which;
        returned.Should().HaveCount(30);
        canceled.ResultsReturned.Should().Be(30);
        canceled.RecordsRead.Should().BeLessThan(10_000).And.BeGreaterThanOrEqualTo(30);
        ShouldBeCompleteAndInOrder(returned);
    }

    [Fact]
    public void A_token_cancelled_before_the_run_reads_nothing()
    {
        var run = () => Engine.AssessMany(Register.Mixed(100), Profile, cancellationToken: new CancellationToken(canceled: true)).ToList();

        var canceled = run.Should().Throw<BulkCanceledException>().Which;
        canceled.RecordsRead.Should().Be(0);
        canceled.ResultsReturned.Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_an_async_run_stops_within_one_batch_and_says_what_was_not_assessed()
    {
        using var cts = new CancellationTokenSource();
        var returned = new List<HouseholdAssessment>();

        var run = async () =>
        {
            await foreach (var result in Engine.AssessManyAsync(Register.Async(CancellingAt(10_000, 45, cts)), Profile, new BulkOptions { BatchSize = Batch, MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                returned.Add(result);
            }
        };

        var canceled = (await run.Should().ThrowAsync<BulkCanceledException>()).Which;
        canceled.RecordsRead.Should().BeInRange(45, 50);
        canceled.ResultsReturned.Should().Be(returned.Count);
        canceled.RecordsAssessed.Should().BeInRange(returned.Count, canceled.RecordsRead);
        ShouldBeCompleteAndInOrder(returned);
    }

    [Fact]
    public async Task A_token_given_to_WithCancellation_cancels_an_async_run_too()
    {
        using var cts = new CancellationTokenSource();
        var returned = new List<HouseholdAssessment>();

        var run = async () =>
        {
            await foreach (var result in Engine.AssessManyAsync(Register.Async(Register.Mixed(10_000)), Profile, new BulkOptions { BatchSize = Batch }).WithCancellation(cts.Token))
            {
                returned.Add(result);
                if (returned.Count == 15)
                {
                    await cts.CancelAsync();
                }
            }
        };

        var canceled = (await run.Should().ThrowAsync<BulkCanceledException>()).Which;
        returned.Should().HaveCount(20);
        canceled.ResultsReturned.Should().Be(20);
        ShouldBeCompleteAndInOrder(returned);
    }

    [Fact]
    public void Cancelling_a_hierarchy_run_gives_no_partial_result_and_says_how_far_it_got()
    {
        using var cts = new CancellationTokenSource();

        var run = () => Engine.AssessHierarchy(CancellingAt(10_000, 45, cts), [], [], Profile, new BulkOptions { BatchSize = Batch, MaxDegreeOfParallelism = 2 }, cts.Token);

        var canceled = run.Should().Throw<BulkCanceledException>().Which;
        canceled.RecordsRead.Should().Be(50);
        canceled.ResultsReturned.Should().Be(0);
        canceled.Message.Should().StartWith("The hierarchy run was cancelled after 50 households read");
    }

    [Fact]
    public void Cancelling_a_comparison_gives_no_partial_report_and_says_how_far_it_got()
    {
        using var cts = new CancellationTokenSource();
        var raised = Profile.WithPovertyLine(2016, 4000m, "Working group", verified: false);
        var options = new ComparisonOptions { ChunkSize = 20, Bulk = new BulkOptions { BatchSize = Batch } };

        var run = () => new PolicyComparison(Engine).Compare(CancellingAt(10_000, 45, cts), Profile, raised, options, cts.Token);

        var canceled = run.Should().Throw<BulkCanceledException>().Which;
        canceled.RecordsRead.Should().Be(60, "the chunk being read when the token was cancelled is read to its end");
        canceled.RecordsAssessed.Should().Be(40, "the two chunks before it were compared under both profiles");
        canceled.ResultsReturned.Should().Be(0);
    }

    private static void ShouldBeCompleteAndInOrder(List<HouseholdAssessment> returned)
    {
        returned.Select(r => r.HouseholdId).Should().Equal(Register.Mixed(returned.Count).Select(h => h.Id));
        returned.All(r => r.Receipt.ProfileId == "CN-2016" && Enum.IsDefined(r.Status)).Should().BeTrue();
        returned.Where(r => r.Status != HouseholdStatus.InvalidInput).All(r => r.Findings.Count > 0).Should().BeTrue();
    }
}
