using System.Diagnostics;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;
using Xunit.Abstractions;

namespace PovertyRules.Tests.Evaluation;

[Trait("Category", "Slow")]
public class PolicyComparisonAtScaleTests(ITestOutputHelper output)
{
    private const int Population = 1_000_000;
    private const int ChunkSize = 8192;
    private const int Cap = 500;
    private const int SampleEvery = 5_000;

    private static readonly string[] Villages = ["431226101201", "431226102203", "522301101201", "433101105001", "150102001001"];

    [SlowFact]
    public void A_million_streamed_households_are_read_once_compared_in_bounded_memory_and_keep_at_most_the_cap_of_ids()
    {
        // About 0.4 and 0.65 remaining poor people per household member under the two lines: with 400,000 members per
        // village, raising the line takes incidence from about 1.6% to 2.6%, across the central 2% but not the western 3%.
        Village[] villages = [.. Villages.Select(code => Levels.DelistableVillage(code, population: 10_000_000, remaining: 0))];
        County[] counties = [.. Villages.Select(code => code[..6]).Distinct().Select(code => Levels.ExitingCounty(code, population: 100_000_000, remaining: 0))];
        var tracker = new LivenessTracker();
        var population = new CountingPopulation(Generate(seed: 2016, tracker));
        var baseline = PolicyProfiles.National(2016);
        var changed = baseline.WithPovertyLine(2016, 4000m, "Proposal: line 4000", verified: false) with { Id = "LINE-4000" };
        var clock = Stopwatch.StartNew();

        var report = new PolicyComparison(Engine.Instance).Compare(
            population, villages, counties, baseline, changed, new ComparisonOptions { ChunkSize = ChunkSize, MaxChangedRecords = Cap });

        clock.Stop();
        population.Enumerations.Should().Be(1);
        population.Read.Should().Be(Population);
        report.Households.Records.Should().Be(Population);
        report.Households.Changed.Should().BeGreaterThan(Cap);
        report.Households.ChangedRecords.Should().HaveCount(Cap);
        report.Households.ChangedRecordsTruncated.Should().BeTrue();
        report.Households.Transitions.Where(t => t.Changed).Should().OnlyContain(t => t.From == "MayExit" || t.From == "EligibleProcedurePending");
        report.Villages!.Records.Should().Be(Villages.Length);
        report.Villages.ChangedRecords.Select(r => r.Id).Should().Equal("431226101201", "431226102203", "433101105001");
        report.Counties!.Records.Should().Be(counties.Length);
        tracker.Checks.Should().BeGreaterThan(0);
        tracker.MostLongPassedStillAlive.Should().BeLessThanOrEqualTo(
            ChunkSize / SampleEvery + 1,
            "households more than three chunks behind the reader must be garbage (a stale stack slot may keep one chunk alive, never more)");
        output.WriteLine(
            $"{Population:N0} households × 2 profiles, rolled up into {villages.Length} villages and {counties.Length} counties, in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"{report.Households.Changed:N0} households and {report.Villages.Changed} villages changed; " +
            $"managed heap at most {tracker.LargestHeapBytes / 1048576.0:F0} MiB at the checkpoints");
    }

    /// <summary>
    /// Keeps weak references to a sample of the households it is shown and, every so often, collects garbage and counts
    /// how many of those far behind the reader are still alive: none should be when the comparison streams.
    /// </summary>
    private sealed class LivenessTracker
    {
        private readonly List<(long Index, WeakReference<Household> Household)> _sample = [];

        public int Checks { get; private set; }

        public int MostLongPassedStillAlive { get; private set; }

        public long LargestHeapBytes { get; private set; }

        public void Saw(long index, Household household)
        {
            if (index % SampleEvery == 0)
            {
                _sample.Add((index, new WeakReference<Household>(household)));
            }

            if (index > 0 && index % 100_000 == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                LargestHeapBytes = Math.Max(LargestHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
                var alive = _sample.Count(s => s.Index < index - 3 * ChunkSize && s.Household.TryGetTarget(out _));
                MostLongPassedStillAlive = Math.Max(MostLongPassedStillAlive, alive);
                Checks++;
            }
        }
    }

    private static IEnumerable<Household?> Generate(int seed, LivenessTracker tracker)
    {
        var random = new Random(seed);
        for (long i = 0; i < Population; i++)
        {
            var household = new Household
            {
                Id = $"G{i}",
                VillageCode = Villages[random.Next(Villages.Length)],
                Members = [Households.Adult(), Households.Child(6 + random.Next(10))],
                Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 2500m + random.Next(0, 3000) }],
                FoodAndClothingSecure = random.NextDouble() < 0.97,
                Dwelling = new Dwelling { Grade = random.NextDouble() < 0.9 ? HousingGrade.B : HousingGrade.C, Resettled = false },
                SafeDrinkingWater = random.NextDouble() < 0.9,
                RegisteredBusiness = false,
                OwnedHousing = [],
                Vehicles = [],
                ExitProcedure = random.NextDouble() < 0.8 ? Households.CompleteProcedure : null,
            };
            tracker.Saw(i, household);
            yield return household;
        }
    }
}
