namespace PovertyRules.Data;

/// <summary>The file format of an assessment writer.</summary>
public enum ResultFormat
{
    /// <summary>CSV, UTF-8 without a byte-order mark, RFC 4180 quoting, a header row.</summary>
    Csv = 1,

    /// <summary>JSON Lines: one JSON object per line, UTF-8.</summary>
    JsonLines = 2,

    /// <summary>Apache Parquet, one row group per <see cref="ResultWriterOptions.RowGroupSize"/> rows.</summary>
    Parquet = 3,
}
