using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PovertyRules.Cli.Generation;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Synthetic;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary><c>generate</c>: a synthetic province written as a roster export, our schema's CSVs, or a SQLite database.</summary>
internal static class GenerateCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var households = new Option<long>("--households", "-n") { Description = "How many synthetic households", DefaultValueFactory = _ => 10_000 };
        var seed = CommonOptions.Seed();
        var profile = new Option<string>("--profile") { Description = "The profile whose year and lines the households are drawn around", DefaultValueFactory = _ => "CN-2016" };
        var format = new Option<string>("--format") { Description = "roster (Chinese headers), schema (our CSV columns) or sqlite", DefaultValueFactory = _ => "roster" };
        format.AcceptOnlyFromAmong("roster", "schema", "sqlite");
        var output = new Option<string>("--out", "-o") { Description = "Directory to write into", DefaultValueFactory = _ => "povrules-province" };
        var command = new Command("generate", "Write a synthetic province (invented figures, never statistics) to evaluate: households and members, " +
            "the supplement, villages and counties.")
        {
            households, seed, profile, format, output,
        };
        command.SetAction(parse =>
        {
            var run = context(parse);
            var count = parse.GetValue(households);
            if (count < 0)
            {
                throw new UsageException($"--households must be 0 or more; {count} was given.");
            }

            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var kind = Enum.Parse<GenerateFormat>(parse.GetValue(format)!, ignoreCase: true);
            var directory = parse.GetValue(output)!;
            var population = new SyntheticPopulation(chosen, parse.GetValue(seed));
            var clock = Stopwatch.StartNew();
            long written = 0;
            var files = ProgressView.Run(run.ShowProgress, run.Text["generating"], run.Text["rate"], count,
                progress => ProvinceWriter.Write(population, count, kind, directory, run.Cancellation, progress, out written));
            clock.Stop();
            var partial = written < count;
            var summary = new
            {
                Command = "generate",
                Format = kind.ToString().ToLowerInvariant(),
                Profile = chosen.Id,
                population.Seed,
                Households = written,
                Partial = partial,
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
                Files = files.Select(f => new { f.Path, f.Rows }).ToList(),
                Evaluate = EvaluateHint(kind, directory, chosen.Id),
            };
            if (run.Json)
            {
                Console.Out.WriteLine(SummaryJson.Serialize(summary));
            }
            else
            {
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(run.Text["generated"])}:[/] {written.ToString("N0", CultureInfo.InvariantCulture)} {Markup.Escape(run.Text["households"])}, " +
                    $"{Markup.Escape(run.Text["seed"])} {population.Seed}, {Markup.Escape(chosen.Id)}, {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                foreach (var (path, rows) in files)
                {
                    AnsiConsole.MarkupLine($"  {Markup.Escape(path)}: {rows.ToString("N0", CultureInfo.InvariantCulture)}");
                }

                AnsiConsole.MarkupLine(Markup.Escape(summary.Evaluate));
                if (partial)
                {
                    AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(run.Text["partial"])}[/]");
                }
            }

            return partial ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        return command;
    }

    private static string EvaluateHint(GenerateFormat format, string directory, string profile)
    {
        var d = directory.TrimEnd('/');
        return format switch
        {
            GenerateFormat.Sqlite => $"povrules evaluate --profile {profile} --database \"Data Source={d}/register.db\"",
            _ => $"povrules evaluate --profile {profile} --households {d}/{(format == GenerateFormat.Roster ? "roster" : "register")}.csv " +
                $"--supplement {d}/supplement.csv --villages {d}/villages.csv --counties {d}/counties.csv",
        };
    }
}
