namespace PovertyRules.Assessment;

/// <summary>
/// The record source of a bulk run (<see cref="PovertyRulesEngine.AssessMany"/>, the hierarchy roll-up, a policy
/// comparison) threw while it was being read. The source's own exception is the <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// Raised only after everything read before the failure was dealt with: <see cref="PovertyRulesEngine.AssessMany"/>
/// has assessed and returned every record read (those in flight in batches too), so <see cref="RecordsRead"/> equals
/// <see cref="ResultsReturned"/>; the roll-up and the comparison have assessed every household read and give no
/// partial result (a village or county judged on part of its households would look like a real outcome), so
/// <see cref="ResultsReturned"/> is 0 there and <see cref="RecordsAssessed"/> says how far they got.
/// </remarks>
public sealed class BulkSourceException : Exception
{
    /// <summary>Creates the exception with a generic message and no counts.</summary>
    public BulkSourceException()
        : base("The record source of a bulk run failed.")
    {
    }

    /// <summary>Creates the exception with its message and no counts.</summary>
    public BulkSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the source's exception, and no counts.</summary>
    public BulkSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with its message, the counts and the source's exception.</summary>
    /// <param name="message">What failed, with the counts.</param>
    /// <param name="recordsRead">Records the source gave before it threw.</param>
    /// <param name="recordsAssessed">Of those, how many were assessed.</param>
    /// <param name="resultsReturned">Of those, how many results reached the caller before this exception.</param>
    /// <param name="innerException">The source's exception.</param>
    public BulkSourceException(string message, long recordsRead, long recordsAssessed, long resultsReturned, Exception innerException)
        : base(message, innerException)
    {
        RecordsRead = recordsRead;
        RecordsAssessed = recordsAssessed;
        ResultsReturned = resultsReturned;
    }

    /// <summary>Records the source gave before it threw (the failing read not counted).</summary>
    public long RecordsRead { get; }

    /// <summary>Records read that were assessed before this exception was raised (every one of them).</summary>
    public long RecordsAssessed { get; }

    /// <summary>Results handed to the caller before this exception was raised.</summary>
    public long ResultsReturned { get; }
}
