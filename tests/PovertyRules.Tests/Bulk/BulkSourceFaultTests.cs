using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.RollUp;
using PovertyRules.Tests.Support;
using static PovertyRules.Tests.Bulk.FaultySources;

namespace PovertyRules.Tests.Bulk;

/// <summary>
/// Issue 16, bulk faults: a source that throws mid-stream loses nothing. Batches of 16; failures just before, at and
/// just after batch (and window) boundaries, under 1, 2, 4 and 8 degrees of parallelism.
/// </summary>
public class BulkSourceFaultTests
{
    private const int Batch = 16;

    public static TheoryData<int, int> FailurePoints()
    {
        var data = new TheoryData<int, int>();
        foreach (var parallelism in new[] { 1, 2, 4, 8 })
        {
            foreach (var failAfter in new[] { 0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 129, 1000 })
            {
                data.Add(failAfter, parallelism);
            }
        }

        return data;
    }

    private static BulkOptions Options(int parallelism) => new() { BatchSize = Batch, MaxDegreeOfParallelism = parallelism, MaxRecordsInFlight = 4 * Batch };

    [Theory]
    [MemberData(nameof(FailurePoints))]
    public void A_source_that_fails_mid_stream_returns_every_household_read_before_the_failure(int failAfter, int parallelism)
    {
        var failure = new InvalidOperationException("injected: the register connection dropped");

        var (results, thrown) = Drain(Engine.Instance.AssessMany(FailingAfter(failAfter, failure), Engine.National2016, Options(parallelism)));

        results.Select(r => r.HouseholdId).Should().Equal(Enumerable.Range(0, failAfter).Select(i => $"H{i}"), "every household read comes back, in order");
        results.Where(r => r.Status != HouseholdStatus.MayExit).Should().BeEmpty("each was assessed");
        var exception = thrown.Should().BeOfType<BulkSourceException>().Subject;
        exception.InnerException.Should().BeSameAs(failure);
        exception.RecordsRead.Should().Be(failAfter);
        exception.RecordsAssessed.Should().Be(failAfter);
        exception.ResultsReturned.Should().Be(failAfter);
        exception.Message.Should().Contain($"after {failAfter:N0} records").And.Contain($"({failAfter:N0} results)");
    }

    [Fact]
    public void A_source_that_cannot_be_opened_is_a_bulk_source_exception_with_nothing_read()
    {
        var failure = new IOException("injected: the export is locked");

        var (results, thrown) = Drain(Engine.Instance.AssessMany(new Unopenable(failure), Engine.National2016));

        results.Should().BeEmpty();
        var exception = thrown.Should().BeOfType<BulkSourceException>().Subject;
        exception.InnerException.Should().BeSameAs(failure);
        exception.RecordsRead.Should().Be(0);
    }

    [Fact]
    public void Cancellation_thrown_by_the_source_is_not_wrapped()
    {
        var (results, thrown) = Drain(Engine.Instance.AssessMany(FailingAfter(40, new OperationCanceledException()), Engine.National2016, Options(2)));

        thrown.Should().BeOfType<OperationCanceledException>();
        results.Count.Should().BeLessThanOrEqualTo(40);
    }

    [Fact]
    public void A_consumer_that_stops_before_the_failure_never_sees_it()
    {
        var results = Engine.Instance.AssessMany(FailingAfter(100, new InvalidOperationException("injected")), Engine.National2016, Options(4)).Take(20).ToList();

        results.Should().HaveCount(20);
    }

    [Theory]
    [MemberData(nameof(FailurePoints))]
    public void A_source_that_fails_mid_stream_makes_the_roll_up_throw_with_every_household_read_assessed_and_counted(int failAfter, int parallelism)
    {
        var failure = new InvalidOperationException("injected: the register connection dropped");

        var act = () => Engine.Instance.AssessHierarchy(
            FailingAfter(failAfter, failure), [Levels.DelistableVillage()], [Levels.ExitingCounty()], Engine.National2016, Options(parallelism));

        var exception = act.Should().Throw<BulkSourceException>().Which;
        exception.InnerException.Should().BeSameAs(failure, "the engine's own wrapper is unwrapped: the source's exception is the cause");
        exception.RecordsRead.Should().Be(failAfter);
        exception.RecordsAssessed.Should().Be(failAfter);
        exception.ResultsReturned.Should().Be(0, "no partial hierarchy is given");
        exception.Message.Should().Contain($"after {failAfter:N0} households").And.Contain("no villages or counties are assessed");
    }

    [Fact]
    public void A_failing_stream_of_assessments_makes_the_roll_up_throw_with_the_count_read()
    {
        var failure = new InvalidOperationException("injected: the results file is truncated");
        var assessments = Engine.Instance.AssessMany(FailingAfter(37, failure), Engine.National2016, Options(2));

        var act = () => Engine.Instance.AssessHierarchy(assessments, [Levels.DelistableVillage()], [Levels.ExitingCounty()], Engine.National2016);

        var exception = act.Should().Throw<BulkSourceException>().Which;
        exception.InnerException.Should().BeSameAs(failure);
        exception.RecordsRead.Should().Be(37);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(31, 2)]
    [InlineData(32, 4)]
    [InlineData(33, 4)]
    [InlineData(64, 8)]
    [InlineData(70, 1)]
    public void A_source_that_fails_mid_stream_makes_the_comparison_throw_with_every_household_read_assessed(int failAfter, int parallelism)
    {
        var failure = new InvalidOperationException("injected: the register connection dropped");
        var options = new ComparisonOptions { ChunkSize = 32, Bulk = Options(parallelism) };
        var changed = Engine.National2016.WithPovertyLine(2016, 4000m, "Proposal", verified: false) with { Id = "LINE-4000" };

        var households = () => new PolicyComparison(Engine.Instance).Compare(FailingAfter(failAfter, failure), Engine.National2016, changed, options);
        var levels = () => new PolicyComparison(Engine.Instance).Compare(
            FailingAfter(failAfter, failure), [Levels.DelistableVillage()], [Levels.ExitingCounty()], Engine.National2016, changed, options);

        foreach (var act in new[] { households, levels })
        {
            var exception = act.Should().Throw<BulkSourceException>().Which;
            exception.InnerException.Should().BeSameAs(failure);
            exception.RecordsRead.Should().Be(failAfter);
            exception.RecordsAssessed.Should().Be(failAfter);
            exception.ResultsReturned.Should().Be(0, "no partial report is given");
            exception.Message.Should().Contain($"after {failAfter:N0} records").And.Contain("under both profiles");
        }
    }

    [Fact]
    public void A_comparison_of_a_source_that_does_not_fail_still_counts_every_household()
    {
        // The same chunking as above, without the failure: the counts the exception reports are the ones a report has.
        var changed = Engine.National2016.WithPovertyLine(2016, 4000m, "Proposal", verified: false) with { Id = "LINE-4000" };
        var report = new PolicyComparison(Engine.Instance).Compare(
            FailingAfter(70, new InvalidOperationException()).Take(70), Engine.National2016, changed, new ComparisonOptions { ChunkSize = 32 });

        report.Households.Records.Should().Be(70);
    }
}
