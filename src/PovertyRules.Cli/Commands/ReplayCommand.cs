using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PovertyRules.Assessment;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Running;
using PovertyRules.Data;
using PovertyRules.Live;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary>
/// <c>replay</c>: loads a data set into a live register under a profile, replays a change log over it, and prints
/// what the changes did: changes applied and refused, transitions at each level, and the counts by status before and
/// after. Exit code 1 when a change of the log is refused.
/// </summary>
internal static class ReplayCommand
{
    private const int Chunk = 10_000;
    private const int RefusalsShown = 10;

    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var source = new CommonOptions.Source();
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or a profile/overlay file the register is loaded under", Required = true };
        var log = new Option<string>("--log") { Description = "The change log to replay (JSON Lines, as a live register's change log writer writes it)", Required = true };
        var command = new Command("replay", "Load households, villages and counties into a live register and replay a change log over them; exit code 1 when a change is refused.")
        {
            profile,
            log,
        };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var logFile = parse.GetValue(log)!;
            if (!File.Exists(logFile))
            {
                throw new UsageException($"--log: no file '{logFile}'");
            }

            using var input = HouseholdSource.Open(source.Read(parse), chosen);
            using var register = LiveRegister.Load(new PovertyRulesEngine(), chosen, input.Households, input.Villages, input.Counties);
            var before = register.Counts();
            var refused = new List<RefusedChange>();
            long applied = 0, households = 0, villages = 0, counties = 0;
            try
            {
                foreach (var chunk in ChangeLogReader.Read(logFile).Select(a => a.Change).Chunk(Chunk))
                {
                    run.Cancellation.ThrowIfCancellationRequested();
                    var result = register.ApplyAll(chunk);
                    applied += result.Applied.Count;
                    refused.AddRange(result.Refused);
                    households += result.Households.Count(t => t.StatusChanged);
                    villages += result.Villages.Count(t => t.StatusChanged);
                    counties += result.Counties.Count(t => t.StatusChanged);
                }
            }
            catch (ChangeLogFormatException e)
            {
                throw new UsageException(e.Message);
            }

            var after = register.Counts();
            var summary = new Summary(input.Description, chosen.Id, logFile, applied, refused, households, villages, counties, before, after);
            if (run.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(summary.ToJson(), new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                summary.Print();
            }

            return refused.Count > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private sealed record Summary(
        string Source, string Profile, string Log, long Applied, List<RefusedChange> Refused, long Households, long Villages, long Counties, LiveCounts Before, LiveCounts After)
    {
        public void Print()
        {
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{Source} under {Profile}, replaying {Log}: {Applied:N0} changes applied, {Refused.Count:N0} refused; status changed for {Households:N0} households, {Villages:N0} villages, {Counties:N0} counties")));
            var table = new Table().AddColumns("level", "status", "before", "after");
            Rows(table, "household", Before.Households, After.Households);
            Rows(table, "village", Before.Villages, After.Villages);
            Rows(table, "county", Before.Counties, After.Counties);
            AnsiConsole.Write(table);
            foreach (var refusal in Refused.Take(RefusalsShown))
            {
                AnsiConsole.MarkupLine(Markup.Escape($"refused: {refusal}"));
            }
        }

        public object ToJson() => new
        {
            source = Source,
            profile = Profile,
            log = Log,
            applied = Applied,
            refused = Refused.Select(r => new { kind = r.Change.Kind, reason = r.Reason }),
            statusChanged = new { households = Households, villages = Villages, counties = Counties },
            before = Counts(Before),
            after = Counts(After),
        };

        private static object Counts(LiveCounts counts) => new
        {
            households = counts.Households.ToDictionary(p => p.Key.ToString(), p => p.Value),
            villages = counts.Villages.ToDictionary(p => p.Key.ToString(), p => p.Value),
            counties = counts.Counties.ToDictionary(p => p.Key.ToString(), p => p.Value),
        };

        private static void Rows<TStatus>(Table table, string level, IReadOnlyDictionary<TStatus, int> before, IReadOnlyDictionary<TStatus, int> after)
            where TStatus : struct, Enum
        {
            foreach (var status in Enum.GetValues<TStatus>().Where(s => before.ContainsKey(s) || after.ContainsKey(s)))
            {
                table.AddRow(level, status.ToString(), before.GetValueOrDefault(status).ToString("N0", CultureInfo.InvariantCulture), after.GetValueOrDefault(status).ToString("N0", CultureInfo.InvariantCulture));
            }
        }
    }
}
