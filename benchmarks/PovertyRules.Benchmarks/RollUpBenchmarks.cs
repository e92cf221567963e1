using BenchmarkDotNet.Attributes;
using PovertyRules.Assessment;
using PovertyRules.RollUp;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The full roll-up of 1,000,000 synthetic households (held in memory, so generation is not measured) into their
/// villages and counties, against the household pass alone: the difference is what the roll-up and the village and
/// county rule sets add. Times are per household.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RollUpBenchmarks
{
    private const int Households = 1_000_000;

    private Household?[] _households = [];
    private Village[] _villages = [];
    private County[] _counties = [];
    private PovertyRulesEngine _engine = null!;

    /// <summary>Builds the register once and compiles every rule set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _households = Workload.Households(Households);
        _villages = [.. Workload.Population.VillageRecords(Households)];
        _counties = [.. Workload.Population.CountyRecords(Households)];
        _engine = new PovertyRulesEngine();
        _ = _engine.VillageRules;
        _ = _engine.CountyRules;
    }

    /// <summary>The household rule sets alone over the same households.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public int HouseholdsOnly()
    {
        var exits = 0;
        foreach (var result in _engine.AssessMany(_households, Workload.Profile))
        {
            exits += result.Status == HouseholdStatus.MayExit ? 1 : 0;
        }

        return exits;
    }

    /// <summary>Households, then villages and counties: <see cref="PovertyRulesEngine.AssessHierarchy(IEnumerable{Household?}, IEnumerable{Village?}, IEnumerable{County?}, Policy.PolicyProfile, BulkOptions?)"/>.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public int FullRollUp() => _engine.AssessHierarchy(_households, _villages, _counties, Workload.Profile).Counties.Count;
}
