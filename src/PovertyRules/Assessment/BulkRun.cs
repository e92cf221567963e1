using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PovertyRules.Assessment;

/// <summary>
/// One bulk run's log, trace and duration: it logs the start (receipt and options) and one end line (outcome, counts by
/// status, invalid records by field, timings, receipt), and records the run's activity and duration. Nothing it writes
/// holds a value of a record: no name, no ID number, no household id.
/// </summary>
internal sealed partial class BulkRun : IDisposable
{
    private readonly ILogger _logger;
    private readonly Receipt _receipt;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private readonly bool _observed;
    private bool _ended;

    /// <summary>Starts the run's log, trace and clock; a run not <paramref name="observed"/> (a part of a comparison) only counts.</summary>
    public BulkRun(ILogger logger, Receipt receipt, BulkOptions options, string operation, bool observed)
    {
        _logger = logger;
        _receipt = receipt;
        _observed = observed;
        var ambient = Activity.Current;
        _activity = observed ? PovertyRulesTelemetry.Source.StartActivity("PovertyRules." + operation) : null;
        if (_activity is not null)
        {
            _activity.SetTag("povertyrules.profile", receipt.ProfileId);
            _activity.SetTag("povertyrules.parameter_hash", receipt.ParameterHash);
            _activity.SetTag("povertyrules.rule_set", receipt.RuleSetVersion);

            // The run's results are consumed by the caller between reads: its own activities stay under its parent.
            Activity.Current = ambient;
        }

        Started(_logger, operation, receipt.ProfileId, receipt.ParameterHash, receipt.RuleSetVersion, options.BatchSize, options.MaxDegreeOfParallelism, options.MaxRecordsInFlight);
    }

    public BulkTally Totals { get; } = new();

    public long Read { get; set; }

    public long Returned { get; set; }

    /// <summary>
    /// Waits for a batch and hands out its results, counting them; a batch cancelled before it started gives none
    /// (the run's token is then cancelled, and the run ends at its next check).
    /// </summary>
    public IEnumerable<HouseholdAssessment> Take(Task<Batch> batch)
    {
        if (Await(batch) is not { } done)
        {
            yield break;
        }

        Totals.Add(done.Tally);
        foreach (var result in done.Results)
        {
            Returned++;
            yield return result;
        }
    }

    /// <summary>The batch's results, or <c>null</c> if it was cancelled before it started.</summary>
    public static Batch? Await(Task<Batch> batch)
    {
        try
        {
            return batch.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (batch.IsCanceled)
        {
            return null;
        }
    }

    public void Completed() => End("completed", Read, LogLevel.Information);

    public void Canceled(long assessed) => End("canceled", assessed, LogLevel.Warning);

    public void SourceFailed(Exception failure)
    {
        // The source's message may quote a record; only its type is logged.
        SourceFailure(_logger, Read, failure.GetType().FullName ?? failure.GetType().Name);
        End("source-failed", Read, LogLevel.Error);
    }

    public void Dispose()
    {
        if (!_ended)
        {
            End("stopped-by-caller", Returned, LogLevel.Information);
        }
    }

    private void End(string outcome, long assessed, LogLevel level)
    {
        _ended = true;
        if (!_observed)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(_started);
        PovertyRulesTelemetry.Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
        Totals.Tag(_activity);
        _activity?.SetTag("povertyrules.outcome", outcome);
        _activity?.SetTag("povertyrules.records_read", Read);
        _activity?.SetTag("povertyrules.records_not_assessed", Read - assessed);
        if (outcome is "canceled" or "source-failed")
        {
            _activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }

        _activity?.Stop();
        Ended(_logger, level, outcome, elapsed.TotalMilliseconds, Read, assessed, Read - assessed, Returned,
            Totals.ByStatusText(), Totals.InvalidByFieldText(), Read == 0 ? 0 : elapsed.TotalMilliseconds * 1000 / Read,
            _receipt.ProfileId, _receipt.ParameterHash, _receipt.RuleSetVersion);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Operation} started: profile {ProfileId}, parameter hash {ParameterHash}, rule set {RuleSetVersion}; batch size {BatchSize}, parallelism {Parallelism}, at most {MaxRecordsInFlight} records in flight")]
    private static partial void Started(ILogger logger, string operation, string profileId, string parameterHash, string ruleSetVersion, int batchSize, int parallelism, int maxRecordsInFlight);

    [LoggerMessage(EventId = 2,
        Message = "Bulk run {Outcome} in {ElapsedMs:0} ms: {RecordsRead} records read, {RecordsAssessed} assessed, {RecordsNotAssessed} read but not assessed, {ResultsReturned} results returned; by status: {ByStatus}; invalid records by field: {InvalidByField}; {MicrosecondsPerRecord:0.0} µs a record; receipt: profile {ProfileId}, parameter hash {ParameterHash}, rule set {RuleSetVersion}")]
    private static partial void Ended(ILogger logger, LogLevel level, string outcome, double elapsedMs, long recordsRead, long recordsAssessed, long recordsNotAssessed, long resultsReturned, string byStatus, string invalidByField, double microsecondsPerRecord, string profileId, string parameterHash, string ruleSetVersion);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "The record source of a bulk run threw {ExceptionType} after {RecordsRead} records; every record read is assessed and returned first")]
    private static partial void SourceFailure(ILogger logger, long recordsRead, string exceptionType);
}
