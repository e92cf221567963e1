using System.Diagnostics;
using NRules;
using NRules.Fluent;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Assessment;
using PovertyRules.Rules.Household;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// Where the bulk path's time goes, measured piece by piece with a stopwatch (best of several runs, since other
/// processes may share the machine): <c>--breakdown phases|firings|rules|scaling</c>.
/// </summary>
internal static class Breakdown
{
    private const int Repetitions = 5;

    public static int Run(string part, int count)
    {
        var households = Workload.Households(count);
        var engine = new PovertyRulesEngine();
        var parameters = new HouseholdParameters(Workload.Profile);
        var ages = HouseholdValidator.Limits(Workload.Profile.AgeReferenceDate.Value);
        var receipt = new Receipt("p", "h", "v");
        var valid = households.Where(h => HouseholdValidator.Validate(h, ages).Count == 0).Cast<Household>().ToArray();
        var facts = valid.Select(h => new HouseholdFact(h, parameters)).ToArray();
        var factory = Compile([.. HouseholdCriteria.Catalog.RuleTypes]);
        var hand = new HandWrittenEvaluator(Workload.Profile);
        WarmUp(engine, households);
        Console.WriteLine($"{count:N0} households ({facts.Length:N0} valid), profile {Workload.Profile.Id}, {Environment.ProcessorCount} cores; best of {Repetitions} runs");

        switch (part)
        {
            case "phases":
                Measure("hand-written evaluator (validation included)", count, () =>
                {
                    foreach (var h in households)
                    {
                        hand.Evaluate(h);
                    }
                });
                Measure("HouseholdValidator.Validate", count, () =>
                {
                    foreach (var h in households)
                    {
                        HouseholdValidator.Validate(h, ages);
                    }
                });
                Measure("new HouseholdFact", facts.Length, () =>
                {
                    foreach (var h in valid)
                    {
                        _ = new HouseholdFact(h, parameters);
                    }
                });
                foreach (var batch in (int[])[128, 512, 2048, 8192])
                {
                    var reused = factory.CreateSession();
                    Measure($"reused session, batch {batch}: insert, fire, retract", facts.Length, () => ForBatches(facts, batch, b =>
                    {
                        reused.InsertAll(b);
                        reused.Fire();
                        reused.RetractAll(b);
                    }));
                    Measure($"new session per batch {batch}: insert, fire", facts.Length, () => ForBatches(facts, batch, b =>
                    {
                        var session = factory.CreateSession();
                        session.InsertAll(b);
                        session.Fire();
                    }));
                }

                Split(factory, facts);
                Measure("new HouseholdAssessment", facts.Length, () =>
                {
                    foreach (var f in facts)
                    {
                        _ = new HouseholdAssessment(f, receipt);
                    }
                });
                Single(factory, engine, facts);
                break;
            case "firings":
                var quiet = facts.Where(f => engine.Assess(f.Household, Workload.Profile).Status == HouseholdStatus.MayExit).ToArray();
                var loud = facts.Where(f => engine.Assess(f.Household, Workload.Profile).Status != HouseholdStatus.MayExit).ToArray();
                foreach (var (name, set) in new[] { ("every household", facts), ("households where no rule fires", quiet), ("households where a rule fires", loud) })
                {
                    var fired = 0;
                    Measure($"new session per 512, {name}", set.Length, () => ForBatches(set, 512, b =>
                    {
                        var session = factory.CreateSession();
                        session.InsertAll(b);
                        fired += session.Fire();
                    }));
                    Console.WriteLine($"    {(double)fired / set.Length / Repetitions:F2} firings per household");
                }

                break;
            case "rules":
                foreach (var types in HouseholdCriteria.Catalog.RuleTypes.Select(t => new[] { t })
                    .Append([typeof(Probes.NeverRule)]).Append([typeof(Probes.NeverRule), typeof(Probes.NeverRule2)]).Append([]))
                {
                    var one = Compile(types);
                    Measure($"only {(types.Length == 0 ? "(no rule)" : string.Join(" + ", types.Select(t => t.Name)))}", facts.Length, () => ForBatches(facts, 512, b =>
                    {
                        var session = one.CreateSession();
                        session.InsertAll(b);
                        session.Fire();
                    }));
                }

                break;
            case "scaling":
                foreach (var degree in (int[])[1, 2])
                {
                    Measure($"hand-written, {degree} thread(s)", count, () => Parallelism.ForChunks(count, (start, length) =>
                    {
                        for (var i = start; i < start + length; i++)
                        {
                            hand.Evaluate(households[i]);
                        }
                    }, degree));
                    foreach (var batch in (int[])[128, 256, 512, 1024, 2048])
                    {
                        Measure($"AssessMany, {degree} thread(s), batch {batch}", count, () =>
                        {
                            foreach (var _ in engine.AssessMany(households, Workload.Profile, new BulkOptions { MaxDegreeOfParallelism = degree, BatchSize = batch }))
                            {
                            }
                        });
                    }
                }

                break;
            default:
                Console.Error.WriteLine($"unknown part '{part}': phases, firings, rules or scaling");
                return 2;
        }

        return 0;
    }

    private static ISessionFactory Compile(Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(ruleTypes));
        return repository.Compile();
    }

    private static void WarmUp(PovertyRulesEngine engine, Household?[] households)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            foreach (var _ in engine.AssessMany(households.Take(50_000), Workload.Profile))
            {
            }
        }
    }

    private static void Split(ISessionFactory factory, HouseholdFact[] facts)
    {
        long insert = long.MaxValue, fire = long.MaxValue, retract = long.MaxValue;
        var fired = 0;
        for (var rep = 0; rep < Repetitions; rep++)
        {
            var session = factory.CreateSession();
            long i = 0, f = 0, r = 0;
            fired = 0;
            ForBatches(facts, 512, b =>
            {
                var t0 = Stopwatch.GetTimestamp();
                session.InsertAll(b);
                var t1 = Stopwatch.GetTimestamp();
                fired += session.Fire();
                var t2 = Stopwatch.GetTimestamp();
                session.RetractAll(b);
                var t3 = Stopwatch.GetTimestamp();
                (i, f, r) = (i + t1 - t0, f + t2 - t1, r + t3 - t2);
            });
            (insert, fire, retract) = (Math.Min(insert, i), Math.Min(fire, f), Math.Min(retract, r));
        }

        double Ns(long ticks) => ticks * 1e9 / Stopwatch.Frequency / facts.Length;
        Console.WriteLine($"  reused session, batch 512, split: InsertAll {Ns(insert):F0} ns, Fire {Ns(fire):F0} ns ({(double)fired / facts.Length:F2} firings), RetractAll {Ns(retract):F0} ns per household");
    }

    private static void Single(ISessionFactory factory, PovertyRulesEngine engine, HouseholdFact[] facts)
    {
        var fact = facts.First(f => engine.Assess(f.Household, Workload.Profile).Status == HouseholdStatus.MayExit);
        const int calls = 100_000;
        var pooled = factory.CreateSession();
        Measure("one household: pooled session, insert, fire, retract", calls, () =>
        {
            for (var i = 0; i < calls; i++)
            {
                pooled.Insert(fact);
                pooled.Fire();
                pooled.Retract(fact);
            }
        });
        Measure("one household: new session, insert, fire", calls, () =>
        {
            for (var i = 0; i < calls; i++)
            {
                var session = factory.CreateSession();
                session.Insert(fact);
                session.Fire();
            }
        });
        Measure("one household: PovertyRulesEngine.Assess", calls, () =>
        {
            for (var i = 0; i < calls; i++)
            {
                engine.Assess(fact.Household, Workload.Profile);
            }
        });
    }

    private static void ForBatches(HouseholdFact[] facts, int size, Action<ArraySegment<HouseholdFact>> body)
    {
        for (var start = 0; start < facts.Length; start += size)
        {
            body(new ArraySegment<HouseholdFact>(facts, start, Math.Min(size, facts.Length - start)));
        }
    }

    private static void Measure(string name, int count, Action action)
    {
        var best = double.MaxValue;
        long allocated = 0;
        var gcs = string.Empty;
        for (var rep = 0; rep < Repetitions; rep++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (g0, g1, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalPauseDuration());
            var clock = Stopwatch.StartNew();
            action();
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (clock.Elapsed.TotalNanoseconds < best)
            {
                best = clock.Elapsed.TotalNanoseconds;
                gcs = $"gen0/gen1 GCs {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}, paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} of {clock.Elapsed.TotalMilliseconds:F0} ms";
            }
        }

        Console.WriteLine($"  {name,-58} {best / count,7:F0} ns {count / (best / 1e9),12:N0}/s {allocated / count,7:N0} B  {gcs}");
    }
}
