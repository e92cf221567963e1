using PovertyRules.Cli.Running;
using Spectre.Console;

namespace PovertyRules.Cli.Reporting;

/// <summary>Writes a run's <c>summary.json</c> and <c>report.html</c>, prints its summary and gives its exit code.</summary>
internal static class RunOutput
{
    public static int Finish(RunReport report, OutputOptions output, RunContext context, bool inputErrorsFail = true)
    {
        var json = SummaryJson.Serialize(report);
        File.WriteAllText(output.PathOf("summary.json"), json);
        var reportPath = Path.GetFullPath(output.PathOf("report.html"));
        HtmlReport.Write(report, reportPath);
        if (context.Json)
        {
            Console.Out.WriteLine(json);
        }
        else
        {
            ConsoleSummary.Write(AnsiConsole.Console, report, context.Text, reportPath);
            if (report.HasInputErrors)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(context.Text[inputErrorsFail ? "inputErrors" : "deliberate"])}[/]");
            }
        }

        return ExitCodes.For(report, inputErrorsFail);
    }
}
