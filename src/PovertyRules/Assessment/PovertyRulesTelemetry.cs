using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PovertyRules.Assessment;

/// <summary>
/// The names under which bulk runs report metrics (<see cref="System.Diagnostics.Metrics"/>) and traces
/// (<see cref="ActivitySource"/>), so that OpenTelemetry or <c>dotnet-counters</c> pick them up with no dependency:
/// <c>AddMeter(PovertyRulesTelemetry.MeterName)</c>, <c>AddSource(PovertyRulesTelemetry.ActivitySourceName)</c>.
/// </summary>
/// <remarks>
/// Instruments: <c>povertyrules.households.assessed</c> (counter, tag <c>status</c>), <c>povertyrules.households.invalid</c>
/// (counter), <c>povertyrules.bulk.duration</c> (histogram, seconds, tag <c>outcome</c>: completed, canceled,
/// source-failed, stopped-by-caller). Each bulk run is one activity, <c>PovertyRules.AssessMany</c>, tagged with the
/// receipt and the counts. No instrument or tag carries a household's or a person's data.
/// </remarks>
public static class PovertyRulesTelemetry
{
    /// <summary>The name of the meter and of the activity source: <c>PovertyRules</c>.</summary>
    public const string MeterName = "PovertyRules";

    /// <summary>The name of the activity source: <c>PovertyRules</c>.</summary>
    public const string ActivitySourceName = "PovertyRules";

    private static readonly string Version = typeof(PovertyRulesTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    internal static readonly Meter Meter = new(MeterName, Version);

    internal static readonly ActivitySource Source = new(ActivitySourceName, Version);

    internal static readonly Counter<long> Assessed = Meter.CreateCounter<long>(
        "povertyrules.households.assessed", "{household}", "Households assessed by bulk runs, by status.");

    internal static readonly Counter<long> Invalid = Meter.CreateCounter<long>(
        "povertyrules.households.invalid", "{household}", "Household records of bulk runs that were invalid input.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "povertyrules.bulk.duration", "s", "Duration of bulk runs, from the first read to the last result.");
}
