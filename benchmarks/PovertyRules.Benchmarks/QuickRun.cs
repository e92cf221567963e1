using System.Diagnostics;
using System.Globalization;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Benchmarks.Peer;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The quick comparison: the three paths on the same in-memory households with the same profile and the same number of
/// threads, each timed with a stopwatch over one warm-up pass and one measured pass.
/// </summary>
internal static class QuickRun
{
    public static int Run(int count)
    {
        var machine = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";
        Console.WriteLine($"machine: {machine}");
        var clock = Stopwatch.StartNew();
        var households = Workload.Households(count);
        Console.WriteLine($"generated {count:N0} households in {clock.Elapsed.TotalSeconds:F1} s (profile {Workload.Profile.Id}, seed {Workload.Seed})");

        clock.Restart();
        var engine = new PovertyRulesEngine();
        var compile = clock.Elapsed;
        var hand = new HandWrittenEvaluator(Workload.Profile);
        clock.Restart();
        var peer = new RulesEnginePeer(Workload.Profile);
        Console.WriteLine($"engine creation: nrules {compile.TotalMilliseconds:F0} ms; rulesengine {clock.Elapsed.TotalMilliseconds:F0} ms before its first run ({peer.RuleCount} rules)");

        var nrules = new HouseholdStatus[count];
        var handwritten = new HandResult[count];
        var rulesengine = new HandResult[count];

        // Warm-up: long enough for the JIT's tiering to settle (its second tier comes after 100 ms of calls).
        var warmUp = Math.Min(count, 50_000);
        WarmUp(() => RunNRules(engine, new ArraySegment<Household?>(households, 0, warmUp), nrules));
        WarmUp(() => RunHand(hand, households.AsMemory(0, warmUp), handwritten));
        WarmUp(() => RunPeer(peer, households.AsMemory(0, Math.Min(count, 5_000)), rulesengine));

        var nrulesRate = Rate(count, () => RunNRules(engine, households, nrules), "nrules", out var allocNRules);
        var handRate = Rate(count, () => RunHand(hand, households, handwritten), "handwritten", out var allocHand);
        var peerRate = Rate(count, () => RunPeer(peer, households, rulesengine), "rulesengine", out var allocPeer);

        int disagreements = 0, failedSetDisagreements = 0;
        var statuses = new Dictionary<HouseholdStatus, int>();
        for (var i = 0; i < count; i++)
        {
            statuses[nrules[i]] = statuses.GetValueOrDefault(nrules[i]) + 1;
            if (nrules[i] != handwritten[i].Status || nrules[i] != rulesengine[i].Status)
            {
                disagreements++;
            }
        }

        // The failed criteria too, in a pass of its own so that the timed one keeps only the status, as a consumer
        // that counts outcomes would.
        var index = 0;
        foreach (var result in engine.AssessMany(households, Workload.Profile))
        {
            var failed = new HashSet<string>(result.FailedCriteria);
            if (!failed.SetEquals(HandWrittenEvaluator.IdsOf(handwritten[index].NotMet)) || !failed.SetEquals(HandWrittenEvaluator.IdsOf(rulesengine[index].NotMet)))
            {
                failedSetDisagreements++;
            }

            index++;
        }

        Console.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {100.0 * s.Value / count:F2}%")));
        Console.WriteLine($"allocated per household: nrules {allocNRules / count:N0} B, handwritten {allocHand / count:N0} B, rulesengine {allocPeer / count:N0} B");
        Console.WriteLine($"failed-criteria sets differing from nrules: {failedSetDisagreements}");
        var single = SingleLatency(engine, households);
        Console.WriteLine($"single assessment (warm): {single:F2} µs mean");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quick: nrules={nrulesRate:F0} handwritten={handRate:F0} rulesengine={peerRate:F0} ratio_hand={handRate / nrulesRate:F2} ratio_peer={nrulesRate / peerRate:F2} disagreements={disagreements}"));
        return disagreements == 0 && failedSetDisagreements == 0 ? 0 : 1;
    }

    private static void WarmUp(Action pass)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3 || clock.Elapsed < TimeSpan.FromSeconds(1.5); i++)
        {
            pass();
        }

        Thread.Sleep(200);
    }

    private static double Rate(int count, Action pass, string name, out long allocated)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        pass();
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var rate = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-12} {count:N0} households in {clock.Elapsed.TotalSeconds:F3} s: {rate:N0} households/s "
            + $"(GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms)");
        return rate;
    }

    private static void RunNRules(PovertyRulesEngine engine, IEnumerable<Household?> households, HouseholdStatus[] statuses)
    {
        var i = 0;
        foreach (var result in engine.AssessMany(households, Workload.Profile))
        {
            statuses[i++] = result.Status;
        }
    }

    private static void RunHand(HandWrittenEvaluator hand, ReadOnlyMemory<Household?> households, HandResult[] results) =>
        Parallelism.ForChunks(households.Length, (start, length) => hand.Evaluate(households.Span.Slice(start, length), results.AsSpan(start, length)));

    private static void RunPeer(RulesEnginePeer peer, ReadOnlyMemory<Household?> households, HandResult[] results) =>
        Parallelism.ForChunks(households.Length, (start, length) =>
        {
            for (var i = start; i < start + length; i++)
            {
                results[i] = peer.Evaluate(households.Span[i]);
            }
        });

    private static double SingleLatency(PovertyRulesEngine engine, Household?[] households)
    {
        // A household that meets every criterion: the common case, no rule fires.
        var household = households.First(h => h is not null && engine.Assess(h, Workload.Profile).Status == HouseholdStatus.MayExit)!;
        const int calls = 100_000;
        for (var i = 0; i < calls / 10; i++)
        {
            engine.Assess(household, Workload.Profile);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            engine.Assess(household, Workload.Profile);
        }

        return clock.Elapsed.TotalMicroseconds / calls;
    }
}
