using System.Globalization;
using System.CommandLine;
using System.Text.Json;
using PovertyRules.Assessment;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Running;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary>
/// <c>validate</c>: the register's data-quality checks alone over a source, without assessing: a table of problems by
/// check with the first rows of each, and the records whose rows could not be read.
/// </summary>
internal static class ValidateCommand
{
    private const int RowsShown = 5;

    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var source = new CommonOptions.Source();
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or a profile/overlay file (its ages, line and switches)", Required = true };
        var command = new Command("validate", "Run the register's data-quality checks over households without assessing them; exit code 1 when a record has an error.")
        {
            profile,
        };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            using var input = HouseholdSource.Open(source.Read(parse), chosen);
            var report = new PovertyRulesEngine().ValidateMany(input.Households, chosen);
            if (run.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(Summary(report, input.Description), new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Print(report, input.Description);
            }

            return report.WithErrors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(DataQualityReport report, string description)
    {
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{description}: {report.Records.Count:N0} households checked under {report.ProfileId}; {report.WithErrors:N0} with an error, {report.Unreadable:N0} whose records could not be read")));
        var table = new Table().AddColumns("check", "severity", "name", "findings", "households", "unchecked", "first rows");
        foreach (var rule in report.Rules.Where(r => r.Findings > 0 || r.Unchecked > 0))
        {
            table.AddRow(
                Markup.Escape(rule.RuleId),
                rule.Severity.ToString(),
                Markup.Escape($"{rule.NameEn} / {rule.NameZh}"),
                rule.Findings.ToString("N0", CultureInfo.InvariantCulture),
                rule.Records.ToString("N0", CultureInfo.InvariantCulture),
                rule.Unchecked.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", rule.FirstFindings.Take(RowsShown).Select(f => f.ToString()))));
        }

        AnsiConsole.Write(table);
        foreach (var record in report.Records.Where(r => !r.Checked).Take(RowsShown))
        {
            AnsiConsole.MarkupLine(Markup.Escape($"not checked: household {record.HouseholdId ?? "(no id)"}: {string.Join("; ", record.InputErrors)}"));
        }
    }

    private static object Summary(DataQualityReport report, string description) => new
    {
        source = description,
        profile = report.ProfileId,
        households = report.Records.Count,
        withErrors = report.WithErrors,
        unreadable = report.Unreadable,
        checks = report.Rules.Select(r => new
        {
            id = r.RuleId,
            severity = r.Severity.ToString(),
            findings = r.Findings,
            households = r.Records,
            @unchecked = r.Unchecked,
            firstRows = r.FirstFindings.Take(RowsShown).Select(f => f.ToString()),
        }),
    };
}
