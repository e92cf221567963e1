using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Distance;

namespace PovertyRules.Benchmarks;

/// <summary>
/// What the distance to exit costs, side by side in one run on the same households: the bulk assessment reading the
/// status only, the same with every household's distance worked out (its summary, as the result writer takes it), and
/// a CSV result file written with the distance column; each timed over one warm-up pass and one measured pass.
/// </summary>
internal static class DistanceRun
{
    public static int Run(int count)
    {
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {Load()}");
        var households = Workload.Households(count);
        var engine = new PovertyRulesEngine();
        var profile = Workload.Profile;
        var kinds = new Dictionary<DistanceKind, int>();

        void Statuses(int n)
        {
            foreach (var a in engine.AssessMany(households.Take(n), profile))
            {
                _ = a.Status;
            }
        }

        void Distances(int n)
        {
            kinds.Clear();
            foreach (var a in engine.AssessMany(households.Take(n), profile))
            {
                var d = a.DistanceToExit();
                _ = d.Summary;
                kinds[d.Kind] = kinds.GetValueOrDefault(d.Kind) + 1;
            }
        }

        void Written(int n)
        {
            using var writer = AssessmentWriter.Create(Stream.Null, new ResultWriterOptions { Format = ResultFormat.Csv });
            foreach (var a in engine.AssessMany(households.Take(n), profile))
            {
                writer.Write(a);
            }
        }

        var warmUp = Math.Min(count, 50_000);
        Statuses(warmUp);
        Distances(warmUp);
        Written(warmUp);
        // Interleaved rounds, the best of each kept: on a shared machine a burst of load then hits every path alike.
        double status = 0, distance = 0, written = 0;
        for (var round = 1; round <= 3; round++)
        {
            status = Math.Max(status, Rate(count, Statuses, $"round {round} status only"));
            distance = Math.Max(distance, Rate(count, Distances, $"round {round} status + distance"));
            written = Math.Max(written, Rate(count, Written, $"round {round} csv rows (with distance)"));
        }

        Console.WriteLine("distance kinds: " + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {100.0 * k.Value / count:F2}%")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"distance: status={status:F0} distance={distance:F0} csv={written:F0} ratio_distance={status / distance:F2} load={Load()}"));
        return 0;
    }

    private static double Rate(int count, Action<int> run, string name)
    {
        var clock = Stopwatch.StartNew();
        run(count);
        var rate = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {rate:N0} households/s ({clock.Elapsed.TotalSeconds:F2} s)");
        return rate;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
