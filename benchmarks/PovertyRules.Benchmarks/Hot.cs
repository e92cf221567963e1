using System.Diagnostics;
using NRules;
using NRules.Fluent;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Assessment;
using PovertyRules.Rules.Household;

namespace PovertyRules.Benchmarks;

/// <summary>
/// Runs one path in a loop for a while, for a sampling profiler (see benchmarks/README.md for the perf command):
/// <c>session</c> (insert, fire, retract batches of facts), <c>bulk</c> (AssessMany on one thread), <c>single</c>
/// (Assess of one household), <c>generate</c> (the synthetic population) or <c>hand</c> (the hand-written evaluator).
/// </summary>
internal static class Hot
{
    public static int Run(string path, int seconds)
    {
        var households = Workload.Households(200_000);
        var engine = new PovertyRulesEngine();
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(HouseholdCriteria.Catalog.RuleTypes));
        var factory = repository.Compile();
        var parameters = new HouseholdParameters(Workload.Profile);
        var ages = HouseholdValidator.Limits(Workload.Profile.AgeReferenceDate.Value);
        var facts = households.Where(h => HouseholdValidator.Validate(h, ages).Count == 0).Select(h => new HouseholdFact(h!, parameters)).ToArray();
        var one = households.First(h => h is not null && engine.Assess(h, Workload.Profile).Status == HouseholdStatus.MayExit)!;
        var hand = new HandWrittenEvaluator(Workload.Profile);
        var session = factory.CreateSession();
        Action pass = path switch
        {
            "session" => () =>
            {
                for (var start = 0; start < facts.Length; start += 512)
                {
                    var batch = new ArraySegment<HouseholdFact>(facts, start, Math.Min(512, facts.Length - start));
                    session.InsertAll(batch);
                    session.Fire();
                    session.RetractAll(batch);
                }
            },
            "bulk" => () =>
            {
                foreach (var _ in engine.AssessMany(households, Workload.Profile, new BulkOptions { MaxDegreeOfParallelism = 1 }))
                {
                }
            },
            "single" => () =>
            {
                for (var i = 0; i < households.Length; i++)
                {
                    engine.Assess(one, Workload.Profile);
                }
            },
            "generate" => () =>
            {
                foreach (var _ in Workload.Population.Households(households.Length))
                {
                }
            },
            "hand" => () =>
            {
                foreach (var h in households)
                {
                    hand.Evaluate(h);
                }
            },
            _ => throw new ArgumentException($"unknown path '{path}': session, bulk, single, generate or hand", nameof(path)),
        };

        var clock = Stopwatch.StartNew();
        long passes = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            pass();
            passes++;
        }

        Console.WriteLine($"{path}: {passes * households.Length / clock.Elapsed.TotalSeconds:N0} per second");
        return 0;
    }
}
