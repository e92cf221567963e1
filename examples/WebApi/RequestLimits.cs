namespace PovertyRules.WebApi;

/// <summary>What one request may carry (section <c>Limits</c> of the configuration).</summary>
public sealed record RequestLimits
{
    /// <summary>The largest request body, in bytes (default 4 MiB). A larger one is refused with 413.</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The most records one request may hold (default 10,000). More are refused with 413.</summary>
    public int MaxRecordsPerRequest { get; init; } = 10_000;
}
