using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Planning;
using PovertyRules.Policy;
using PovertyRules.RollUp;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The whole hierarchy from the synthetic register: households streamed through the household rules, rolled up into
/// their villages and counties, which the village and county rule sets then assess. Prints the time and the peak
/// working set; the households are generated on the fly and never held. Then the synthetic province is planned from
/// the roll-up's counties: a de-capping schedule of the remaining poor under the seed article's yearly proportions
/// (110 : 150 : 110 : 65 : 30 of 465, split by poor people) and an allocation of a fund by the factor method; it prints
/// their time and the peak working set again, which the planning of a few hundred counties does not raise.
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
        Plan(result);
        return result.HouseholdsRead == count ? 0 : 1;
    }

    /// <summary>The seed article's yearly targets, 2016–2020, in ten thousands: their proportions plan the synthetic province.</summary>
    private static readonly int[] ArticleTargets = [110, 150, 110, 65, 30];

    private static void Plan(HierarchyAssessment result)
    {
        var clock = Stopwatch.StartNew();
        var described = result.Counties.Where(c => c.Assessment?.County is { RuralPopulation: > 0 } county && c.Households.RemainingPoorPeople <= county.RuralPopulation).ToList();
        var counties = described.Select(c => new CountyPlanInput(c.Code, c.Assessment!.County!.Name ?? c.Code, c.Assessment.County.RuralPopulation!.Value, c.Households.RemainingPoorPeople)).ToList();
        var poor = counties.Sum(c => c.RegisteredPoor);
        var targets = new Dictionary<int, long>();
        var given = 0L;
        for (var k = 0; k < ArticleTargets.Length; k++)
        {
            targets[2016 + k] = k == ArticleTargets.Length - 1 ? poor - given : poor * ArticleTargets[k] / ArticleTargets.Sum();
            given += targets[2016 + k];
        }

        var schedule = DecappingSchedule.Project(Workload.Profile, 2015, counties, targets, SplitRule.ByPoorPeople);
        var scheduled = clock.Elapsed;

        // The synthetic register records no annual assessment grade, so the benchmark weighs the three other factors only.
        var profile = Workload.Profile with
        {
            AllocationPoorPopulationWeight = new(0.5m, "benchmark weights: the synthetic register records no assessment grade", false),
            AllocationIncidenceWeight = new(0.25m, "benchmark weights", false),
            AllocationRuralIncomeWeight = new(0.25m, "benchmark weights", false),
            AllocationPerformanceWeight = new(0m, "benchmark weights", false),
        };
        var recipients = described.Where(c => c.Assessment!.County!.RuralPerCapitaIncome is > 0)
            .Select(c => new AllocationCounty(c.Code, c.Code, c.Households.RemainingPoorPeople, c.Assessment!.County!.RuralPopulation, c.Assessment.County.RuralPerCapitaIncome, null)).ToList();
        var allocation = FundAllocation.Allocate(profile, 1_000_000_000, recipients);
        clock.Stop();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine("schedule: " + string.Join(", ", schedule.ByYear.Select(p => $"{p.Key} {p.Value.Length}")) + $", not within the plan {schedule.NotWithinPlan.Length}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planning: counties={counties.Count} poor={poor} schedule_ms={scheduled.TotalMilliseconds:F1} allocated_counties={recipients.Count} allocated_yuan={allocation.Counties.Sum(c => c.Amount)} total_ms={clock.Elapsed.TotalMilliseconds:F1} peak_working_set_mb={process.PeakWorkingSet64 / 1e6:F0}"));
    }
}
