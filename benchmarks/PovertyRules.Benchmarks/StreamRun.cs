using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;

namespace PovertyRules.Benchmarks;

/// <summary>
/// Streams households from the synthetic generator through <see cref="PovertyRulesEngine.AssessMany"/> and counts the
/// outcomes, holding nothing: shows that memory stays flat however many households go through.
/// </summary>
internal static class StreamRun
{
    public static int Run(long count)
    {
        var engine = new PovertyRulesEngine();
        var statuses = new long[Enum.GetValues<HouseholdStatus>().Max(s => (int)s) + 1];
        var clock = Stopwatch.StartNew();
        long seen = 0;
        long peakHeap = 0;
        foreach (var result in engine.AssessMany(Workload.Population.Households(count), Workload.Profile))
        {
            statuses[(int)result.Status]++;
            if (++seen % 1_000_000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {seen:N0} households, {clock.Elapsed.TotalSeconds:F1} s, working set {Environment.WorkingSet / 1e6:F0} MB"));
            }
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine("statuses: " + string.Join(", ", Enum.GetValues<HouseholdStatus>().Select(s => $"{s} {statuses[(int)s]:N0}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stream: households={seen} seconds={clock.Elapsed.TotalSeconds:F1} households_per_s={seen / clock.Elapsed.TotalSeconds:F0} peak_working_set_mb={process.PeakWorkingSet64 / 1e6:F0} peak_gc_heap_mb={peakHeap / 1e6:F0}"));
        Console.WriteLine("(generation runs on the consuming thread, evaluation on the workers: the rate includes making the households)");
        return seen == count ? 0 : 1;
    }
}
