namespace PovertyRules.Assessment;

/// <summary>Options of a bulk run.</summary>
/// <remarks>
/// Memory in flight is bounded by <see cref="MaxRecordsInFlight"/>, whatever <see cref="MaxDegreeOfParallelism"/>:
/// at most <c>MaxRecordsInFlight / BatchSize</c> batches are read ahead of the caller (never more than twice the
/// degree of parallelism), so more parallelism than that many batches brings nothing. An option out of its range is an
/// <see cref="ArgumentOutOfRangeException"/> naming it when the run starts.
/// </remarks>
public sealed record BulkOptions
{
    /// <summary>The largest <see cref="BatchSize"/>: 65,536 households.</summary>
    public const int MaxBatchSize = 65_536;

    /// <summary>The largest <see cref="MaxDegreeOfParallelism"/>: 4,096 batches at once.</summary>
    public const int MaxParallelism = 4_096;

    /// <summary>The largest <see cref="MaxRecordsInFlight"/>: 16,777,216 households.</summary>
    public const int MaxInFlightLimit = 16_777_216;

    /// <summary>
    /// Households per rules session (default 128; 1 to <see cref="MaxBatchSize"/>). Larger batches amortise session
    /// work; memory grows with it. A source read as it goes (a file, a database) allocates every record anew, and the
    /// records in flight outlive the collector's youngest generation: smaller batches keep fewer of them and make each
    /// collection cheaper (benchmarks/ROSTER.md measured 128 against 512 over a 10M-person export).
    /// </summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Batches evaluated at once (default: the processor count; 1 to <see cref="MaxParallelism"/>).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The most households read from the source and not yet returned to the caller, the batch being filled included
    /// (default 16,384; from <see cref="BatchSize"/> to <see cref="MaxInFlightLimit"/>). This, not the degree of
    /// parallelism, bounds a run's memory.
    /// </summary>
    public int MaxRecordsInFlight { get; init; } = 16_384;

    /// <summary>Batches a run keeps in flight: as many as <see cref="MaxRecordsInFlight"/> holds, at most twice the parallelism.</summary>
    internal int Window => (int)Math.Max(1, Math.Min(MaxRecordsInFlight / BatchSize, 2L * MaxDegreeOfParallelism));

    /// <summary>Every option out of its range, each as "Name is value; it must be …" (none when all are in range).</summary>
    internal IEnumerable<string> Problems()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            yield return $"{nameof(BatchSize)} is {BatchSize:N0}; it must be from 1 to {MaxBatchSize:N0}";
        }

        if (MaxDegreeOfParallelism is < 1 or > MaxParallelism)
        {
            yield return $"{nameof(MaxDegreeOfParallelism)} is {MaxDegreeOfParallelism:N0}; it must be from 1 to {MaxParallelism:N0}";
        }

        if (MaxRecordsInFlight < BatchSize || MaxRecordsInFlight > MaxInFlightLimit)
        {
            yield return $"{nameof(MaxRecordsInFlight)} is {MaxRecordsInFlight:N0}; it must be from the batch size ({BatchSize:N0}) to {MaxInFlightLimit:N0}";
        }
    }

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(BatchSize), BatchSize, $"BulkOptions.BatchSize must be from 1 to {MaxBatchSize:N0}.");
        }

        if (MaxDegreeOfParallelism is < 1 or > MaxParallelism)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, $"BulkOptions.MaxDegreeOfParallelism must be from 1 to {MaxParallelism:N0}.");
        }

        if (MaxRecordsInFlight < BatchSize || MaxRecordsInFlight > MaxInFlightLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxRecordsInFlight),
                MaxRecordsInFlight,
                $"BulkOptions.MaxRecordsInFlight must be from the batch size ({BatchSize:N0}) to {MaxInFlightLimit:N0}.");
        }
    }
}
