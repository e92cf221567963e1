using System.Text;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Policy;
using PovertyRules.Scenarios;
using SharpFuzz;

namespace PovertyRules.Fuzz;

/// <summary>
/// AFL targets for the loaders that read files people write. Each input is one file's bytes; a target passes when the
/// loader returns a value or throws its documented format exception, and anything else (another exception, a stack
/// overflow, a hang) is a finding. Run with <c>fuzz/run.sh TARGET SECONDS</c>; <c>--once FILE</c> replays one input.
/// </summary>
internal static class Program
{
    private static readonly Lazy<PovertyRulesEngine> Engine = new(() => new PovertyRulesEngine());

    private static readonly Dictionary<string, Action<byte[], Sandbox>> Targets = new(StringComparer.Ordinal)
    {
        // A profile or overlay file, read through LoadFile so that bases resolve against the sandbox's profiles.
        ["profile"] = (bytes, sandbox) => Expect<ProfileFormatException>(() => ProfileJson.LoadFile(sandbox.Write("Profiles/fuzz.json", Decode(bytes)))),

        // A scenario file in YAML, in a Scenarios folder beside the sandbox's Profiles (the examples' layout).
        ["scenario"] = (bytes, sandbox) => Expect<ScenarioFormatException>(() => ScenarioFile.Parse(Decode(bytes), sandbox.PathOf("Scenarios/fuzz.yaml"))),

        // A roster export as a CSV file, read as UTF-8 and as GB18030, every household assessed.
        ["roster"] = (bytes, sandbox) =>
        {
            var path = sandbox.WriteBytes("Roster/fuzz.csv", bytes);
            Tolerating(() => Roster(path, RosterEncoding.Utf8));
            Tolerating(() => Roster(path, RosterEncoding.Gb18030));
        },
    };

    // Exception types (full names, comma-separated) of findings already saved and awaiting their fix, which a run may
    // pass over to look for others: POVERTYRULES_FUZZ_KNOWN=Sylvan.Data.Csv.CsvInvalidCharacterException. Unset, every
    // exception outside the contract is a finding.
    private static readonly HashSet<string> Known = [.. (Environment.GetEnvironmentVariable("POVERTYRULES_FUZZ_KNOWN") ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void Tolerating(Action run)
    {
        try
        {
            run();
        }
        catch (Exception e) when (Known.Count > 0 && Known.Contains((e is BulkSourceException { InnerException: { } inner } ? inner : e).GetType().FullName!))
        {
            // A known finding (see fuzz/findings-to-fix/); not a new one.
        }
    }

    private static int Main(string[] args)
    {
        if (args.Length < 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: PovertyRules.Fuzz TARGET [--once FILE] [SANDBOX]; targets: {string.Join(", ", Targets.Keys)}");
            return 2;
        }

        var once = args.Length >= 3 && args[1] == "--once";
        var sandbox = new Sandbox(args.Length >= (once ? 4 : 2) ? args[once ? 3 : 1] : Path.Combine(Path.GetTempPath(), $"povertyrules-fuzz-{args[0]}"));
        if (once)
        {
            target(File.ReadAllBytes(args[2]), sandbox);
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray(), sandbox);
        });
        return 0;
    }

    // Lenient decoding, as File.ReadAllText does: invalid bytes become U+FFFD, so every input reaches the parser.
    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    // The roster reader's contract: opening checks the header and may throw its format exception; from then on no row
    // makes it throw (a bad row is a read error of its household, a record the parser cannot get past ends the read
    // with one), every household read gives one assessment, and the run's summary reconciles persons and households.
    private static void Roster(string path, RosterEncoding encoding)
    {
        RosterReader roster;
        try
        {
            roster = RosterReader.Open(path, new RosterOptions { IncomeYear = 2016, Encoding = encoding });
        }
        catch (RosterFormatException)
        {
            return;
        }

        using (roster)
        {
            var households = 0L;
            var results = 0L;
            foreach (var _ in roster.Track(Engine.Value.AssessMany(Counted(roster, () => households++), PolicyProfiles.National(2016), new BulkOptions { MaxDegreeOfParallelism = 1 })))
            {
                results++;
            }

            if (results != households || !roster.Summary.Reconciles)
            {
                throw new InvalidOperationException($"{households} households read, {results} assessments returned; {roster.Summary}.");
            }
        }
    }

    private static IEnumerable<Model.Household?> Counted(IEnumerable<Model.Household> households, Action count)
    {
        foreach (var household in households)
        {
            count();
            yield return household;
        }
    }

    private static void Expect<TException>(Action load)
        where TException : Exception
    {
        try
        {
            load();
        }
        catch (TException)
        {
            // The documented failure: the loader named where and why.
        }
    }
}
