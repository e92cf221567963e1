using System.CommandLine;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;

namespace PovertyRules.Cli.Commands;

/// <summary><c>demo</c>: a synthetic province generated in memory, every level assessed, files and report written.</summary>
internal static class DemoCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var households = new Option<long>("--households", "-n") { Description = "How many synthetic households", DefaultValueFactory = _ => 1_000_000 };
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or profile file", DefaultValueFactory = _ => "CN-2016" };
        var seed = CommonOptions.Seed();
        var output = CommonOptions.Out();
        var format = CommonOptions.Format();
        var layout = CommonOptions.Layout();
        var command = new Command("demo", "Generate a synthetic province in memory, assess every household, village and county, and write the results and the report. " +
            "Exits 0 when it completes: the synthetic register's few malformed records are there on purpose, to show how they are reported.")
        {
            households, profile, seed, output, format, layout,
        };
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var options = CommonOptions.Output(parse, output, format, layout);
            using var input = HouseholdSource.Synthetic(parse.GetValue(households), parse.GetValue(seed), chosen);
            var report = AssessmentRun.Run("demo", input, chosen, options, run);
            return RunOutput.Finish(report, options, run, inputErrorsFail: false);
        });
        return command;
    }
}
