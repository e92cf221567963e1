using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Benchmarks;

/// <summary>
/// Relapse monitoring beside household exit, on the same synthetic households moved to 2020–2021 with a monitoring
/// record each, on one thread: the household rule set (AssessMany, one worker) against the monitoring rule sets
/// (MonitorMany: the risks, then risk elimination), each after a warm-up pass.
/// </summary>
internal static class MonitoringRun
{
    public static int Run(int count)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {Load()}");
        var profile = PolicyProfiles.Find("CN-2021")!;
        var households = Workload.Households(count).Select((h, i) => Monitored(h!, i, profile)).ToArray();
        var engine = new PovertyRulesEngine();
        var single = new BulkOptions { MaxDegreeOfParallelism = 1 };
        var warmUp = households.Take(Math.Min(count, 50_000)).ToArray();
        Count(engine.AssessMany(warmUp, profile, single));
        Count(engine.MonitorMany(warmUp, profile));

        var exit = Rate(count, () => Count(engine.AssessMany(households, profile, single)));
        var monitoring = Rate(count, () => Count(engine.MonitorMany(households, profile)));
        var statuses = engine.MonitorMany(households, profile).GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {100.0 * g.Count() / count:F1}%");
        Console.WriteLine("monitoring statuses: " + string.Join(", ", statuses));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"monitoring: households={count} exit_per_s={exit:F0} monitor_per_s={monitoring:F0} ratio_monitor_to_exit={monitoring / exit:F2}"));
        return 0;
    }

    private static Household Monitored(Household household, int index, PolicyProfile profile)
    {
        var income = household.Income.LastOrDefault()?.PerCapitaNet;
        var line = profile.MonitoringLine.Value!.Value;
        return household with
        {
            Income =
            [
                new AnnualIncome { Year = profile.Year - 1, PerCapitaNet = income is { } v ? v * 2 : null },
                new AnnualIncome { Year = profile.Year, PerCapitaNet = income is { } w ? w + (index % 3 * line / 2) : null },
            ],
            Monitoring = new MonitoringRecord
            {
                EverRegistered = index % 10 != 0,
                RiskRecorded = index % 17 == 0,
                UnavoidableExpenses = index % 7 == 0 ? null : index % 13 * 1000m,
                RecordedCategory = index % 5 == 0 ? MonitoringCategory.UnstableExited : null,
            },
            ExitFlag = index % 10 == 0 ? null : household.ExitFlag,
        };
    }

    private static int Count<T>(IEnumerable<T> results) => results.Count();

    private static double Rate(int count, Action pass)
    {
        var clock = Stopwatch.StartNew();
        pass();
        return count / clock.Elapsed.TotalSeconds;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
