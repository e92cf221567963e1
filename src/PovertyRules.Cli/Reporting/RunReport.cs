using System.Text.Json.Serialization;

namespace PovertyRules.Cli.Reporting;

/// <summary>
/// Everything one run found, in one immutable value: the console summary, <c>summary.json</c> (and <c>--json</c>) and
/// the HTML report are all rendered from it, so that they cannot disagree.
/// </summary>
internal sealed record RunReport
{
    /// <summary>The command that ran (<c>demo</c>, <c>evaluate</c>, <c>compare</c>).</summary>
    public required string Command { get; init; }

    /// <summary>Where the households came from, in words (file names, a database, the synthetic register and its seed).</summary>
    public required string Source { get; init; }

    /// <summary>The profile the households were assessed under (for <c>compare</c>, the baseline).</summary>
    public required ProfileReceipt Profile { get; init; }

    /// <summary>When the report was made, from the run's clock.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Whether the run was stopped before the source was read to its end.</summary>
    public bool Partial { get; init; }

    /// <summary>Seconds from opening the source to the last result written.</summary>
    public double Seconds { get; init; }

    /// <summary>Records in and out.</summary>
    public required RunCounts Counts { get; init; }

    /// <summary>Records and people per status, level by level (households, villages, counties).</summary>
    public IReadOnlyList<StatusCount> Statuses { get; init; } = [];

    /// <summary>Criteria not met, most frequent first, per level.</summary>
    public IReadOnlyList<CriterionCount> FailingCriteria { get; init; } = [];

    /// <summary>The codes of the counties whose assessment is <c>MayExit</c>.</summary>
    public IReadOnlyList<string> CountiesMayExit { get; init; } = [];

    /// <summary>Records that could not be assessed, grouped by level and field.</summary>
    public IReadOnlyList<InvalidReason> InvalidRecords { get; init; } = [];

    /// <summary>The files the run wrote.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>One row per county the households or descriptors named, with its villages (the report's table).</summary>
    [JsonIgnore]
    public IReadOnlyList<CountyRow> Counties { get; init; } = [];

    /// <summary>Relapse-monitoring counts, for a profile with a monitoring line (2021 onwards); <c>null</c> otherwise.</summary>
    public MonitoringSummary? Monitoring { get; init; }

    /// <summary>For <c>compare</c>: what changing the profile changes.</summary>
    public ComparisonSummary? Comparison { get; init; }

    /// <summary>Whether any record of any level was found invalid, repeated, unattributed or rejected.</summary>
    [JsonIgnore]
    public bool HasInputErrors => InvalidRecords.Count > 0 || Counts.UnmatchedSupplementRows > 0;

    /// <summary>Records and people of one status.</summary>
    /// <summary>The changes the households that remain poor need to exit, by kind (their distance to exit).</summary>
    public IReadOnlyList<ChangeCount> HouseholdChanges { get; init; } = [];

    /// <summary>
    /// One kind of change of the households' distances to exit: households and people needing it; for income, the
    /// yuan lacking in all (per person × members, over the test years).
    /// </summary>
    public sealed record ChangeCount(string Kind, long Households, long People, decimal? Yuan);

    public sealed record StatusCount(string Level, string Status, long Records, long People);

    /// <summary>How often one criterion was not met, with its clause and the profile parameter it compares with.</summary>
    public sealed record CriterionCount(string Level, string Id, long Records, string Clause, string? Parameter);

    /// <summary>Records of one level rejected for one field, with one example of the reason.</summary>
    public sealed record InvalidReason(string Level, string Field, long Records, string Example);

    /// <summary>A file the run wrote and what it holds.</summary>
    public sealed record OutputFile(string Kind, string Path, long Rows);
}
