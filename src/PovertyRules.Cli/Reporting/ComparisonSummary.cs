namespace PovertyRules.Cli.Reporting;

/// <summary>What changing the profile changed: the differences, and per level the transition matrix and its causes.</summary>
internal sealed record ComparisonSummary
{
    public required ProfileReceipt Changed { get; init; }

    public IReadOnlyList<Difference> Differences { get; init; } = [];

    public IReadOnlyList<LevelChange> Levels { get; init; } = [];

    /// <summary>One parameter that differs (values as text; null where a profile lacks it).</summary>
    public sealed record Difference(string Name, string? Baseline, string? Changed, string? Citation, bool? Verified);

    /// <summary>One level's transition matrix and its changed records.</summary>
    public sealed record LevelChange(string Level, long Records, long Changed, IReadOnlyList<Transition> Transitions, IReadOnlyList<CountyChange> Counties);

    /// <summary>Records (and people) going from one status to another, with the criteria whose outcome changed.</summary>
    public sealed record Transition(string From, string To, long Records, long People, IReadOnlyList<Cause> Causes);

    /// <summary>A criterion whose outcome changed on the records of one transition.</summary>
    public sealed record Cause(string Criterion, string? Baseline, string? Changed, long Records);

    /// <summary>How many of one county's records changed.</summary>
    public sealed record CountyChange(string County, long Records, long Changed);
}
