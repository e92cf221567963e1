using BenchmarkDotNet.Attributes;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Benchmarks.Peer;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The three paths over the same 100,000 synthetic households under the same profile, on one thread and on every core.
/// Times are per household (<c>OperationsPerInvoke</c>): households per second is one second over the mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class BulkEvaluationBenchmarks
{
    private const int Households = 100_000;

    private Household?[] _households = [];
    private PovertyRulesEngine _engine = null!;
    private HandWrittenEvaluator _hand = null!;
    private RulesEnginePeer _peer = null!;
    private HandResult[] _results = [];

    /// <summary>Threads: 1, or every core (the bulk path's default).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Builds the households and compiles the three paths once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _households = Workload.Households(Households);
        _engine = new PovertyRulesEngine();
        _hand = new HandWrittenEvaluator(Workload.Profile);
        _peer = new RulesEnginePeer(Workload.Profile);
        _results = new HandResult[Households];
    }

    /// <summary>The hand-written evaluator: the practical speed limit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Households)]
    public void HandWritten() =>
        Parallelism.ForChunks(Households, (start, length) => _hand.Evaluate(_households.AsSpan(start, length), _results.AsSpan(start, length)), Threads);

    /// <summary>The library's bulk path: household and exclusion rule sets in NRules, batches in parallel.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public int NRulesBulk()
    {
        var exits = 0;
        foreach (var result in _engine.AssessMany(_households, Workload.Profile, new BulkOptions { MaxDegreeOfParallelism = Threads }))
        {
            exits += result.Status == HouseholdStatus.MayExit ? 1 : 0;
        }

        return exits;
    }

    /// <summary>The same criteria as a Microsoft RulesEngine workflow.</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public void RulesEngine() =>
        Parallelism.ForChunks(Households, (start, length) =>
        {
            for (var i = start; i < start + length; i++)
            {
                _results[i] = _peer.Evaluate(_households[i]);
            }
        }, Threads);
}
