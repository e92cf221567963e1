using System.CommandLine;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;

namespace PovertyRules.Cli.Commands;

/// <summary><c>evaluate</c>: households from a roster export, our schema or a database, assessed at every level.</summary>
internal static class EvaluateCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var source = new CommonOptions.Source();
        var profile = new Option<string>("--profile") { Description = "Built-in profile id (see 'profiles list') or a profile/overlay file", Required = true };
        var output = CommonOptions.Out();
        var format = CommonOptions.Format();
        var layout = CommonOptions.Layout();
        var command = new Command("evaluate", "Assess households, their villages and counties under a profile; write result files, summary.json and report.html.")
        {
            profile, output, format, layout,
        };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var options = CommonOptions.Output(parse, output, format, layout);
            using var input = HouseholdSource.Open(source.Read(parse), chosen);
            var report = AssessmentRun.Run("evaluate", input, chosen, options, run);
            return RunOutput.Finish(report, options, run);
        });
        return command;
    }
}
