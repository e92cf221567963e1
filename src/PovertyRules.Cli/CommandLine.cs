using System.CommandLine;
using System.Text;
using PovertyRules.Cli.Commands;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Running;

namespace PovertyRules.Cli;

/// <summary>The <c>povrules</c> command line: its commands, the options every command shares, and the exit codes.</summary>
internal static class CommandLine
{
    public static readonly Option<string> Lang = new("--lang")
    {
        Description = "Language of the console messages: en or zh (the HTML report always has both)",
        DefaultValueFactory = _ => "en",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the summary as JSON (for scripts) instead of tables",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TimeProvider clock)
    {
        Console.OutputEncoding = Encoding.UTF8;
        if (Console.IsOutputRedirected)
        {
            // A pipe or file has no width; tables are laid out for a wide terminal rather than cramped into 80 columns.
            Spectre.Console.AnsiConsole.Profile.Width = 140;
        }

        Lang.AcceptOnlyFromAmong("en", "zh");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops reading and lets the run finish the records already read; a second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };

        var root = new RootCommand("povrules: China's 2014-2020 poverty-exit rules over a register, with result files and an HTML report.\n" +
            "Exit codes: 0 ok; 1 input errors found (the run still completes); 2 usage error; 130 interrupted with Ctrl+C (partial results).")
        {
            Options = { Lang, Json },
        };
        Func<ParseResult, RunContext> context = parse => new RunContext(
            new Text(parse.GetValue(Lang) == "zh" ? Language.Chinese : Language.English), parse.GetValue(Json), clock, cancellation.Token);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ProfilesCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(ScheduleCommand.Create(context));
        root.Subcommands.Add(PlanCheckCommand.Create(context));
        root.Subcommands.Add(AllocateCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'povrules --help' for the commands and their options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellation.Token).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
    }
}
