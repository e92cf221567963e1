namespace PovertyRules.Integration.Tests;

/// <summary>
/// Tests of what is process-wide (metrics, traces, the console, the current directory): they run alone, with no other
/// test beside them.
/// </summary>
[CollectionDefinition(nameof(ProcessWideCollection), DisableParallelization = true)]
public sealed class ProcessWideCollection;
