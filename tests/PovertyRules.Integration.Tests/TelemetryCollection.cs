namespace PovertyRules.Integration.Tests;

/// <summary>The metrics and traces are process-wide: their tests run alone, with no other bulk run beside them.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
