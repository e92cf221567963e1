using PovertyRules.Policy;

namespace PovertyRules.Scenarios;

/// <summary>
/// Limits for reading scenario and sample files, which are written by hand and may come from anyone: how large, how
/// deeply nested, how far aliases may expand, and where a <c>profile:</c> file may be read from. Immutable: change a
/// limit with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// Each limit is checked while the YAML is still a stream of events, before any tree is built, so that a file meant to
/// exhaust memory or the stack (an alias bomb, a recursive alias, thousands of nested brackets) fails at once with the
/// line where it crossed the limit.
/// </remarks>
public sealed record ScenarioLoadOptions
{
    /// <summary>The largest <see cref="MaxNestingDepth"/> accepted: the tree is built by recursion.</summary>
    public const int NestingDepthCeiling = 1000;

    /// <summary>The defaults: 4 MiB a file, 64 levels, 100,000 nodes added by aliases, <see cref="ProfileLoadOptions.Default"/>.</summary>
    public static ScenarioLoadOptions Default { get; } = new();

    /// <summary>The largest scenario or sample file read, in bytes. Default 4 MiB.</summary>
    public long MaxFileBytes { get; init; } = 4L << 20;

    /// <summary>
    /// How deeply mappings and lists may nest, the file's top level counting as 1. Default 64 (a household sits at
    /// level 4 and needs about 4 more); at most <see cref="NestingDepthCeiling"/>.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>
    /// The most nodes (scalars, mappings, lists) that aliases (<c>*name</c>, and <c>&lt;&lt;: *name</c> merges) may
    /// add to a file when expanded. Default 100,000, far above what templates need and far below what an alias bomb
    /// reaches.
    /// </summary>
    public long MaxAliasNodes { get; init; } = 100_000;

    /// <summary>
    /// Where a <c>profile:</c> file (and its overlay bases) may be read from. With a <c>null</c>
    /// <see cref="ProfileLoadOptions.Root"/> the root is the folder above the scenario file's.
    /// </summary>
    public ProfileLoadOptions Profiles { get; init; } = ProfileLoadOptions.Default;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, 1L, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNestingDepth, 1, nameof(MaxNestingDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxNestingDepth, NestingDepthCeiling, nameof(MaxNestingDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAliasNodes, 0L, nameof(MaxAliasNodes));
        ArgumentNullException.ThrowIfNull(Profiles, nameof(Profiles));
        Profiles.Check();
    }
}
