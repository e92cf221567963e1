using PovertyRules.Assessment;

namespace PovertyRules.Comparison;

/// <summary>Options of the <see cref="PolicyComparison"/> comparisons.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The most changed records kept by id in the report (default 1,000; 0 keeps none). Every change is counted whatever the cap.</summary>
    public int MaxChangedRecords { get; init; } = 1000;

    /// <summary>Households read and assessed under both profiles at a time (default 8,192); memory grows with it.</summary>
    public int ChunkSize { get; init; } = 8192;

    /// <summary>Batch size and parallelism of each assessment run; the engine's defaults when null.</summary>
    public BulkOptions? Bulk { get; init; }

    internal void Validate()
    {
        if (MaxChangedRecords < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxChangedRecords), MaxChangedRecords, "The cap on changed records must be 0 or more.");
        }

        if (ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "The chunk size must be at least 1.");
        }

        Bulk?.Validate();
    }
}
