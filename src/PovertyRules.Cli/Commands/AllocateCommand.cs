using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PovertyRules.Cli.Generation;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Planning;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary><c>allocate</c>: a province's special fund split across its counties by the factor method: <c>allocation.csv</c> and <c>planning.html</c> with the table.</summary>
internal static class AllocateCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or a profile/overlay file (its allocation weights, grade scores, floor and cap)", Required = true };
        var fund = new Option<long>("--fund") { Description = "The fund in whole yuan", Required = true };
        var counties = new Option<string>("--counties") { Description = "CSV: code,name,poor_people,rural_population,rural_income_per_capita,grade", Required = true };
        var output = CommonOptions.Out();
        var command = new Command("allocate", "Allocate a fund to counties by weighted factors (因素法); write allocation.csv and planning.html.")
        {
            profile, fund, counties, output,
        };
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            FundAllocation allocation;
            try
            {
                allocation = FundAllocation.Allocate(chosen, parse.GetValue(fund), PlanningFiles.AllocationCounties(parse.GetValue(counties)!));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message, e);
            }

            var directory = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
            var invariant = CultureInfo.InvariantCulture;
            using (var rows = new CsvOut(Path.Combine(directory, "allocation.csv"), ["code", "name", "score", "quota", "bound", "amount", "explanation"]))
            {
                foreach (var county in allocation.Counties)
                {
                    rows.Row([county.Code, county.Name, Math.Round(county.Score, 8).ToString(invariant), Math.Round(county.Quota, 4).ToString(invariant), county.Bound.ToString(), county.Amount.ToString(invariant), county.Explanation]);
                }
            }

            PlanningReport.Write(Path.Combine(directory, "planning.html"), chosen, "allocate", run.Clock.GetLocalNow(), null, null, allocation);
            if (run.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(
                    new { profile = allocation.ProfileId, fund = allocation.Fund, verified = allocation.Verified, counties = allocation.Counties.Select(c => new { code = c.Code, amount = c.Amount, bound = c.Bound.ToString(), score = c.Score }) },
                    new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                var table = new Table().Title($"allocation of {allocation.Fund.ToString("N0", invariant)} yuan under {Markup.Escape(allocation.ProfileId)}").AddColumns("code", "name", "score", "amount", "bound");
                foreach (var county in allocation.Counties)
                {
                    table.AddRow(county.Code, Markup.Escape(county.Name), (county.Score * 100m).ToString("F3", invariant) + "%", county.Amount.ToString("N0", invariant), county.Bound == AllocationBound.None ? string.Empty : county.Bound.ToString());
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine(Markup.Escape($"written: {Path.Combine(directory, "allocation.csv")}, planning.html" + (allocation.Verified ? string.Empty : "; the allocation parameters are unverified")));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
