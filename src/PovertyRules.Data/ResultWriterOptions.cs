namespace PovertyRules.Data;

/// <summary>How an <see cref="AssessmentWriter"/> writes. Immutable; <see cref="Validate"/> lists every problem in one message.</summary>
public sealed record ResultWriterOptions
{
    /// <summary>The file format.</summary>
    public required ResultFormat Format { get; init; }

    /// <summary>One row per record (default) or per finding.</summary>
    public ResultLayout Layout { get; init; } = ResultLayout.OneRowPerRecord;

    /// <summary>Rows per Parquet row group: what the writer holds in memory before writing them out.</summary>
    public int RowGroupSize { get; init; } = 65_536;

    /// <summary>Throws when the options cannot be used, listing every problem.</summary>
    /// <exception cref="ArgumentException">A problem; the message lists all of them.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Format))
        {
            problems.Add($"Format {(int)Format} is not a ResultFormat");
        }

        if (!Enum.IsDefined(Layout))
        {
            problems.Add($"Layout {(int)Layout} is not a ResultLayout");
        }

        if (RowGroupSize is < 1 or > 10_000_000)
        {
            problems.Add($"RowGroupSize {RowGroupSize} is outside 1–10,000,000");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The result writer options cannot be used: " + string.Join("; ", problems) + ".");
        }
    }
}
