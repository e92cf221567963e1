using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.RollUp;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The whole hierarchy from the synthetic register: households streamed through the household rules, rolled up into
/// their villages and counties, which the village and county rule sets then assess. Prints the time and the peak
/// working set; the households are generated on the fly and never held.
/// </summary>
internal static class RollUpRun
{
    public static int Run(long count)
    {
        var engine = new PovertyRulesEngine();
        var population = Workload.Population;
        var clock = Stopwatch.StartNew();
        var result = engine.AssessHierarchy(population.Households(count), population.VillageRecords(count), population.CountyRecords(count), Workload.Profile);
        clock.Stop();

        var villages = result.Counties.SelectMany(c => c.Villages).ToList();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine("villages: " + string.Join(", ", villages.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
        Console.WriteLine("counties: " + string.Join(", ", result.Counties.Where(c => c.Assessment is not null).GroupBy(c => c.Assessment!.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rollup: households={result.HouseholdsRead} villages={result.VillagesRead} counties={result.CountiesRead} seconds={clock.Elapsed.TotalSeconds:F1} households_per_s={result.HouseholdsRead / clock.Elapsed.TotalSeconds:F0} peak_working_set_mb={process.PeakWorkingSet64 / 1e6:F0}"));
        Console.WriteLine("(the time includes generating the households and assessing them; the village and county rule sets compile on first use inside it)");
        return result.HouseholdsRead == count ? 0 : 1;
    }
}
