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

        // The end-to-end run starts cold in a process of its own, as a user's run does: its peak working set then counts
        // one read, with nothing left over from the parse pass.
        var run = EndToEndInChild(roster, results);
        Console.WriteLine($"  end to end: {run.Summary}; {run.Counties} counties rolled up, in {run.Seconds:F1} s");
        var endToEndSeconds = run.Seconds;
        var peak = run.PeakBytes / 1e6;

        var line = Profile.PovertyLine(Profile.Year)!.Value;
        var (duckSeconds, disagreements) = DuckDbVerdicts.RunInChild(roster, results, line, Profile.SafeDrinkingWaterRequired.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster: persons={persons} parse={persons / parseSeconds:F0}/s end_to_end={persons / endToEndSeconds:F0}/s duckdb={persons / duckSeconds:F0}/s "
            + $"ratio_duckdb={endToEndSeconds / duckSeconds:F2} disagreements={disagreements} peak_ws_mb={peak:F0}"));
        return run.Reconciles && disagreements == 0 && run.HouseholdsFormed == households ? 0 : 1;
    }

    /// <summary>Whether this process is the end-to-end child of a <c>--roster</c> run.</summary>
    public static bool IsChild(string[] args) => args.Length > 0 && args[0] == ChildMode;

    /// <summary>
    /// The child: reads the export ahead, assesses, writes the household results and rolls up, then prints one line of
    /// <c>key=value</c> fields (the run summary last, as the rest of the line).
    /// </summary>
    public static int Child(string[] args)
    {
        var (roster, results) = (args[1], args[2]);
        var engine = new PovertyRulesEngine();
        var options = new RosterOptions { IncomeYear = Profile.Year };
        var clock = Stopwatch.StartNew();
        RunSummary summary;
        HierarchyAssessment hierarchy;
        using (var reader = RosterReader.Open(roster, options))
        using (var writer = AssessmentWriter.Create(results, new ResultWriterOptions { Format = ResultFormat.Csv }))
        {
            hierarchy = engine.AssessHierarchy(writer.WriteAll(reader.Track(engine.AssessMany(reader.ReadAhead(), Profile))), [], [], Profile);
            summary = reader.Summary;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seconds={seconds:R} peak={self.PeakWorkingSet64} formed={summary.HouseholdsFormed} reconciles={(summary.Reconciles ? 1 : 0)} counties={hierarchy.Counties.Count} summary={summary}"));
        return 0;
    }

    private const string ChildMode = "--roster-end-to-end";

    private static EndToEnd EndToEndInChild(string roster, string results)
    {
        var output = ChildProcess.Run(ChildMode, roster, results);
        var at = output.IndexOf(" summary=", StringComparison.Ordinal);
        var fields = output[..at].Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        return new EndToEnd(
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            long.Parse(fields["peak"], CultureInfo.InvariantCulture),
            long.Parse(fields["formed"], CultureInfo.InvariantCulture),
            fields["reconciles"] == "1",
            int.Parse(fields["counties"], CultureInfo.InvariantCulture),
            output[(at + " summary=".Length)..]);
    }

    private sealed record EndToEnd(double Seconds, long PeakBytes, long HouseholdsFormed, bool Reconciles, int Counties, string Summary);
}
