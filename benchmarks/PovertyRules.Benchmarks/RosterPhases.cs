using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Data.Roster;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.RollUp;

namespace PovertyRules.Benchmarks;

/// <summary>
/// <c>--roster --phases [--persons N]</c>: where the end-to-end time of <see cref="RosterRun"/> goes, one stopwatch
/// phase at a time over the same synthetic export (best of a few runs, as other work may share the machine), with the
/// bytes allocated per person (all threads).
/// </summary>
internal static class RosterPhases
{
    private const int Repetitions = 3;
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2019);

    public static int Run(long persons)
    {
        var directory = Directory.CreateTempSubdirectory("roster-phases-").FullName;
        try
        {
            var roster = Path.Combine(directory, "roster.csv");
            var households = SyntheticRoster.Write(roster, persons, Profile);
            var options = new RosterOptions { IncomeYear = Profile.Year };
            var engine = new PovertyRulesEngine();
            var output = Path.Combine(directory, "out");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{persons:N0} persons in {households:N0} households, {Environment.ProcessorCount} cores; best of {Repetitions} runs"));

            Measure("rows only (source read, every mapped cell as text)", persons, () => RowsOnly(roster));
            Measure("reader: households formed", persons, () => Count(RosterReader.Open(roster, options)));
            Measure("reader: households formed, reading ahead", persons, () =>
            {
                using var reader = RosterReader.Open(roster, options);
                foreach (var _ in reader.ReadAhead())
                {
                }
            });
            Measure("reader, no duplicate-person check", persons, () => Count(RosterReader.Open(roster, options with { CheckDuplicatePersons = false })));
            Household[] formed;
            using (var reader = RosterReader.Open(roster, options))
            {
                formed = [.. reader];
            }

            Measure("AssessMany alone, households in memory", persons, () =>
            {
                foreach (var _ in engine.AssessMany(formed, Profile))
                {
                }
            });
            var workload = Workload.Households(formed.Length);
            var workloadPersons = workload.Sum(h => h!.Members.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (the bulk benchmarks' synthetic households, as many: {workloadPersons:N0} persons, {workloadPersons / (double)formed.Length:F2} a household against {persons / (double)formed.Length:F2})"));
            Measure("AssessMany alone, benchmark households in memory", workloadPersons, () =>
            {
                foreach (var _ in engine.AssessMany(workload, Workload.Profile))
                {
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  criteria not met or unknown per household (a rule activation only for those not met): export {Activations(engine.AssessMany(formed, Profile)):F2}, benchmark {Activations(engine.AssessMany(workload, Workload.Profile)):F2}"));
            workload = [];

            // The same export with both declared assumptions: fewer criteria left unknown, so fewer activations.
            var assumed = options with
            {
                Assumptions =
                [
                    new RegisterAssumption(AssumedFact.FoodAndClothingSecure, new DeclaredAssumption("bench-food", "Benchmark: food and clothing secure.", "benchmark")),
                    new RegisterAssumption(AssumedFact.NoExcludedCategory, new DeclaredAssumption("bench-excluded", "Benchmark: no excluded category.", "benchmark")),
                ],
            };
            using (var reader = RosterReader.Open(roster, assumed))
            {
                formed = [.. reader];
            }

            Measure("AssessMany alone, with both assumptions declared", persons, () =>
            {
                foreach (var _ in engine.AssessMany(formed, Profile))
                {
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  criteria not met or unknown per household, with both assumptions declared: {Activations(engine.AssessMany(formed, Profile)):F2}"));
            formed = [];
            Measure("+ AssessMany", persons, () =>
            {
                using var reader = RosterReader.Open(roster, options);
                var statuses = new Dictionary<HouseholdStatus, int>();
                foreach (var a in reader.Track(engine.AssessMany(reader, Profile)))
                {
                    statuses[a.Status] = statuses.GetValueOrDefault(a.Status) + 1;
                }

                Console.WriteLine("    " + string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}")));
            });
            foreach (var format in new[] { ResultFormat.Csv, ResultFormat.JsonLines, ResultFormat.Parquet })
            {
                Measure($"+ write {format}", persons, () =>
                {
                    using var reader = RosterReader.Open(roster, options);
                    using var writer = AssessmentWriter.Create(output, new ResultWriterOptions { Format = format });
                    foreach (var _ in writer.WriteAll(reader.Track(engine.AssessMany(reader, Profile))))
                    {
                    }
                });
            }

            Measure("+ write Csv + roll up (the end-to-end run)", persons, () =>
            {
                using var reader = RosterReader.Open(roster, options);
                using var writer = AssessmentWriter.Create(output, new ResultWriterOptions { Format = ResultFormat.Csv });
                engine.AssessHierarchy(writer.WriteAll(reader.Track(engine.AssessMany(reader, Profile))), [], [], Profile);
            });
            Measure("the end-to-end run, reading ahead", persons, () =>
            {
                using var reader = RosterReader.Open(roster, options);
                using var writer = AssessmentWriter.Create(output, new ResultWriterOptions { Format = ResultFormat.Csv });
                engine.AssessHierarchy(writer.WriteAll(reader.Track(engine.AssessMany(reader.ReadAhead(), Profile))), [], [], Profile);
            });
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double Activations(IEnumerable<HouseholdAssessment> assessments)
    {
        long households = 0, activations = 0;
        foreach (var assessment in assessments)
        {
            households++;
            activations += assessment.FailedCriteria.Count + assessment.UnknownCriteria.Count;
        }

        return activations / (double)households;
    }

    private static void RowsOnly(string roster)
    {
        using var source = RosterSource.Open(roster, RosterEncoding.Detect, null, out _);
        source.Read();
        var count = source.FieldCount;
        while (source.Read())
        {
            for (var c = 0; c < count; c++)
            {
                _ = source.Get(c);
            }
        }
    }

    private static void Count(RosterReader reader)
    {
        using (reader)
        {
            foreach (var _ in reader)
            {
            }
        }
    }

    private static void Measure(string name, long persons, Action run)
    {
        if (Environment.GetEnvironmentVariable("ROSTER_PHASE") is { Length: > 0 } only && !name.Contains(only, StringComparison.Ordinal))
        {
            return;
        }

        var best = double.MaxValue;
        long allocated = 0;
        var gcs = 0;
        for (var i = 0; i < Repetitions; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var collections = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            run();
            var seconds = clock.Elapsed.TotalSeconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            best = Math.Min(best, seconds);
            gcs = GC.CollectionCount(0) - collections;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-52} {best,7:F2} s  {persons / best,10:N0} persons/s  {(double)allocated / persons,7:F0} B/person  {gcs,5} GCs  ({GCSettings.IsServerGC switch { true => "server", false => "workstation" }})"));
    }
}
