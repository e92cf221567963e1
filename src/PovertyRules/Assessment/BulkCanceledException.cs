namespace PovertyRules.Assessment;

/// <summary>
/// A bulk run (<see cref="PovertyRulesEngine.AssessMany"/>, <see cref="PovertyRulesEngine.AssessManyAsync"/>, the
/// hierarchy roll-up, a policy comparison) was cancelled through its <see cref="CancellationToken"/>. It stopped within
/// one batch; every result returned before this exception is complete, and the counts say what was left.
/// </summary>
/// <remarks>
/// It is an <see cref="OperationCanceledException"/>, so code that handles cancellation in general handles it. The roll-up
/// and the comparison give no partial result (a village, county or report on part of the households would read like one
/// on all of them): there <see cref="ResultsReturned"/> is 0.
/// </remarks>
public sealed class BulkCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception with a generic message and no counts.</summary>
    public BulkCanceledException()
        : base("A bulk run was cancelled.")
    {
    }

    /// <summary>Creates the exception with its message and no counts.</summary>
    public BulkCanceledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the exception that caused it, and no counts.</summary>
    public BulkCanceledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its message, the counts and the token that was cancelled.</summary>
    /// <param name="message">What was cancelled, with the counts.</param>
    /// <param name="recordsRead">Records read from the source before the run stopped.</param>
    /// <param name="recordsAssessed">Of those, how many were assessed.</param>
    /// <param name="resultsReturned">Of those, how many results reached the caller.</param>
    /// <param name="token">The token that was cancelled.</param>
    public BulkCanceledException(string message, long recordsRead, long recordsAssessed, long resultsReturned, CancellationToken token)
        : base(message, token)
    {
        RecordsRead = recordsRead;
        RecordsAssessed = recordsAssessed;
        ResultsReturned = resultsReturned;
    }

    /// <summary>Records read from the source before the run stopped.</summary>
    public long RecordsRead { get; }

    /// <summary>Records read that were assessed (batches already running when the cancellation came finish).</summary>
    public long RecordsAssessed { get; }

    /// <summary>Results handed to the caller before this exception, each of them complete.</summary>
    public long ResultsReturned { get; }

    /// <summary>Records read but not assessed: <see cref="RecordsRead"/> − <see cref="RecordsAssessed"/>.</summary>
    public long RecordsNotAssessed => RecordsRead - RecordsAssessed;
}
