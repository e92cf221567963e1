using System.Diagnostics;
using System.Globalization;
using PovertyRules.Data;
using PovertyRules.Assessment;
using PovertyRules.RollUp;
using PovertyRules.Policy;

namespace PovertyRules.Benchmarks;

/// <summary>
/// <c>--roster [--persons N]</c>: writes a synthetic roster export (UTF-8, codes) of N persons, then measures in one
/// run: parsing it; reading, assessing, rolling up and writing the results; and the same export-decidable household
/// verdicts computed by DuckDB over the same file in a separate process (so that its memory is not ours), which also
/// counts the households on which the two disagree.
/// </summary>
internal static class RosterRun
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2019);

    public static int Run(long persons)
    {
        if (Environment.GetCommandLineArgs().Contains("--phases"))
        {
            return RosterPhases.Run(persons);
        }

        var directory = Directory.CreateTempSubdirectory("roster-bench-").FullName;
        try
        {
            return Measure(persons, directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Measure(long persons, string directory)
    {
        var roster = Path.Combine(directory, "roster.csv");
        var results = Path.Combine(directory, "results.csv");
        var clock = Stopwatch.StartNew();
        var households = SyntheticRoster.Write(roster, persons, Profile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wrote {persons:N0} persons in {households:N0} households ({new FileInfo(roster).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s"));

        var options = new RosterOptions { IncomeYear = Profile.Year };
        var engine = new PovertyRulesEngine();
        clock.Restart();
        long parsed = 0;
        using (var reader = RosterReader.Open(roster, options))
        {
            foreach (var _ in reader)
            {
                parsed++;
            }
        }

        var parseSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse: {parsed:N0} households in {parseSeconds:F1} s"));

        // The parse pass's tables (about 170 MB of duplicate-person table at 10M) are garbage now, but large-object
        // garbage waits for a full collection: without one the second pass's tables would sit beside them and the
        // peak would count two reads, where a real run reads once.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        clock.Restart();
        RunSummary summary;
        HierarchyAssessment hierarchy;
        using (var reader = RosterReader.Open(roster, options))
        using (var writer = AssessmentWriter.Create(results, new ResultWriterOptions { Format = ResultFormat.Csv }))
        {
            hierarchy = engine.AssessHierarchy(writer.WriteAll(reader.Track(engine.AssessMany(reader.ReadAhead(), Profile))), [], [], Profile);
            summary = reader.Summary;
        }

        var endToEndSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  end to end: {summary}; {hierarchy.Counties.Count} counties rolled up, in {endToEndSeconds:F1} s");
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peak = self.PeakWorkingSet64 / 1e6;

        var line = Profile.PovertyLine(Profile.Year)!.Value;
        var (duckSeconds, disagreements) = DuckDbVerdicts.RunInChild(roster, results, line, Profile.SafeDrinkingWaterRequired.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster: persons={persons} parse={persons / parseSeconds:F0}/s end_to_end={persons / endToEndSeconds:F0}/s duckdb={persons / duckSeconds:F0}/s "
            + $"ratio_duckdb={endToEndSeconds / duckSeconds:F2} disagreements={disagreements} peak_ws_mb={peak:F0}"));
        return summary.Reconciles && disagreements == 0 && summary.HouseholdsFormed == households ? 0 : 1;
    }
}
