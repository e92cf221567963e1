namespace PovertyRules.Assessment;

/// <summary>Options of a bulk run.</summary>
public sealed record BulkOptions
{
    /// <summary>Households per rules session (default 512). Larger batches amortise session work; memory grows with it.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Batches evaluated at once (default: the processor count).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        }

        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "The degree of parallelism must be at least 1.");
        }
    }
}
