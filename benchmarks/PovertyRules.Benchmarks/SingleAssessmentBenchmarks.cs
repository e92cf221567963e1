using BenchmarkDotNet.Attributes;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Benchmarks.Peer;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The latency of one assessment on a warm engine: a household that meets everything (no rule fires, the common case)
/// and one that remains poor (rules fire and record their verdicts).
/// </summary>
[MemoryDiagnoser]
public class SingleAssessmentBenchmarks
{
    private Household _household = null!;
    private PovertyRulesEngine _engine = null!;
    private HandWrittenEvaluator _hand = null!;
    private RulesEnginePeer _peer = null!;

    /// <summary>The status of the household assessed.</summary>
    [Params(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor)]
    public HouseholdStatus Case { get; set; }

    /// <summary>Compiles the paths and picks the first synthetic household with the wanted status.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new PovertyRulesEngine();
        _hand = new HandWrittenEvaluator(Workload.Profile);
        _peer = new RulesEnginePeer(Workload.Profile);
        _household = Workload.Population.Households(10_000).First(h => _engine.Assess(h, Workload.Profile).Status == Case);
    }

    /// <summary>The hand-written evaluator.</summary>
    [Benchmark(Baseline = true)]
    public HouseholdStatus HandWritten() => _hand.Evaluate(_household).Status;

    /// <summary><see cref="PovertyRulesEngine.Assess"/>.</summary>
    [Benchmark]
    public HouseholdStatus NRules() => _engine.Assess(_household, Workload.Profile).Status;

    /// <summary>The Microsoft RulesEngine workflow.</summary>
    [Benchmark]
    public HouseholdStatus RulesEngine() => _peer.Evaluate(_household).Status;
}
