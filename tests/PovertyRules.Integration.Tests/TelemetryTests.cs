using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PovertyRules.Assessment;
using PovertyRules.Integration.Tests.Support;
using PovertyRules.Policy;

namespace PovertyRules.Integration.Tests;

[Collection(nameof(ProcessWideCollection))]
public sealed class TelemetryTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    [Fact]
    public void A_bulk_run_counts_households_by_status_and_invalid_ones_and_records_its_duration()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Tag)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PovertyRulesTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tag(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tag(tags))));
        listener.Start();

        var results = new PovertyRulesEngine().AssessMany(Register.Mixed(100), Profile, new BulkOptions { BatchSize = 16 }).ToList();
        listener.Dispose();

        long Sum(string instrument, string? tag = null) =>
            (long)measurements.Where(m => m.Instrument == instrument && (tag is null || m.Tag == tag)).Sum(m => m.Value);
        Sum("povertyrules.households.assessed").Should().Be(100);
        Sum("povertyrules.households.assessed", "status=MayExit").Should().Be(results.Count(r => r.Status == HouseholdStatus.MayExit)).And.Be(68);
        Sum("povertyrules.households.assessed", "status=RemainsPoor").Should().Be(18);
        Sum("povertyrules.households.assessed", "status=InvalidInput").Should().Be(14);
        Sum("povertyrules.households.invalid").Should().Be(14);
        measurements.Should().ContainSingle(m => m.Instrument == "povertyrules.bulk.duration")
            .Which.Should().Match<(string Instrument, double Value, string? Tag)>(m => m.Value > 0 && m.Tag == "outcome=completed");
    }

    [Fact]
    public void A_bulk_run_is_one_activity_tagged_with_its_receipt_and_counts_that_leaves_the_caller_s_activity_current()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PovertyRulesTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var caller = new Activity("caller").Start();

        var seen = new List<Activity?>();
        foreach (var _ in new PovertyRulesEngine().AssessMany(Register.Mixed(40), Profile, new BulkOptions { BatchSize = 16 }))
        {
            seen.Add(Activity.Current);
        }

        seen.Should().OnlyContain(a => a == caller);
        var run = stopped.Should().ContainSingle().Which;
        run.OperationName.Should().Be("PovertyRules.AssessMany");
        run.Parent.Should().BeSameAs(caller);
        run.GetTagItem("povertyrules.profile").Should().Be("CN-2016");
        run.GetTagItem("povertyrules.outcome").Should().Be("completed");
        run.GetTagItem("povertyrules.results").Should().Be(40L);
        run.GetTagItem("povertyrules.status.InvalidInput").Should().Be(5L);
        run.GetTagItem("povertyrules.records_not_assessed").Should().Be(0L);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        tags.Length == 0 ? null : $"{tags[0].Key}={tags[0].Value}";
}
