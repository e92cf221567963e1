using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PovertyRules.Benchmarks.Peer;
using PovertyRules.Assessment;

namespace PovertyRules.Benchmarks;

/// <summary>
/// Rule compilation: creating the engine, each time in a new process (cold: the runtime's own JIT work is included,
/// as a program that starts and assesses pays it).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class EngineCreationBenchmarks
{
    /// <summary><c>new PovertyRulesEngine()</c>: loads and compiles the household and exclusion rule sets.</summary>
    [Benchmark(Baseline = true)]
    public PovertyRulesEngine NRulesEngine() => new();

    /// <summary>The RulesEngine workflow: built, then run once (it compiles its expressions on first use).</summary>
    [Benchmark]
    public object RulesEngineFirstRun()
    {
        var peer = new RulesEnginePeer(Workload.Profile);
        return peer.Evaluate(Workload.Population.Households(1).First());
    }
}
