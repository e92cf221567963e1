using System.CommandLine;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Policy;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary><c>profiles list | show ID | diff A B</c>: the policy profiles, with citations and verified flags.</summary>
internal static class ProfilesCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var list = new Command("list", "List the built-in profiles");
        list.SetAction(parse => List(context(parse)));

        var id = new Argument<string>("profile") { Description = "Built-in profile id or profile file" };
        var show = new Command("show", "Show every parameter of a profile with its unit, citation and verified flag") { id };
        show.SetAction(parse => Show(context(parse), ProfileArgument.Resolve(parse.GetValue(id)!)));

        var a = new Argument<string>("baseline") { Description = "Built-in profile id or profile file" };
        var b = new Argument<string>("changed") { Description = "Built-in profile id or profile file" };
        var diff = new Command("diff", "List the parameters whose values or citations differ between two profiles") { a, b };
        diff.SetAction(parse => Diff(context(parse), ProfileArgument.Resolve(parse.GetValue(a)!), ProfileArgument.Resolve(parse.GetValue(b)!)));

        return new Command("profiles", "The policy profiles: list, show, diff") { list, show, diff };
    }

    private static int List(RunContext context)
    {
        var rows = PolicyProfiles.All.Select(p => new
        {
            p.Id,
            p.Name,
            p.Year,
            Parameters = ProfileReport.Entries(p).Count,
            Unverified = ProfileReport.Entries(p).Count(e => !e.Verified),
        }).ToList();
        if (context.Json)
        {
            Console.Out.WriteLine(SummaryJson.Serialize(rows));
            return ExitCodes.Ok;
        }

        var t = context.Text;
        var table = new Table().AddColumns(t["id"], t["name"], t["year"]).AddColumn(new TableColumn(t["parameter"]).RightAligned())
            .AddColumn(new TableColumn("unverified / 未核实").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.Id), Markup.Escape(row.Name), row.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.Parameters.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Unverified.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static int Show(RunContext context, PolicyProfile profile)
    {
        var entries = ProfileReport.Entries(profile);
        if (context.Json)
        {
            Console.Out.WriteLine(SummaryJson.Serialize(new { profile.Id, profile.Name, profile.Year, Parameters = entries }));
            return ExitCodes.Ok;
        }

        var t = context.Text;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(profile.Id)}[/] {Markup.Escape(profile.Name)} ({profile.Year})");
        var table = new Table().AddColumns(t["parameter"], t["value"], t["unit"], t["citation"], t["verified"]);
        foreach (var e in entries)
        {
            table.AddRow(Markup.Escape(e.Name), Markup.Escape(e.Value), Markup.Escape(e.Unit), Markup.Escape(e.Citation), Verified(t, e.Verified));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static int Diff(RunContext context, PolicyProfile a, PolicyProfile b)
    {
        var differences = ProfileReport.Diff(a, b);
        if (context.Json)
        {
            Console.Out.WriteLine(SummaryJson.Serialize(new { Baseline = a.Id, Changed = b.Id, Differences = differences }));
            return ExitCodes.Ok;
        }

        var t = context.Text;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(a.Id)}[/] → [bold]{Markup.Escape(b.Id)}[/]: {differences.Count}");
        var table = new Table().AddColumns(t["parameter"], t["from"], t["to"], t["citation"], t["verified"]);
        foreach (var d in differences)
        {
            table.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Baseline?.Value ?? "-"), Markup.Escape(d.Changed?.Value ?? "-"),
                Markup.Escape(d.Changed?.Citation ?? d.Baseline?.Citation ?? "-"), d.Changed is { } c ? Verified(t, c.Verified) : "-");
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static string Verified(Text t, bool verified) =>
        verified ? (t.Language == Language.Chinese ? "是" : "yes") : (t.Language == Language.Chinese ? "[yellow]否[/]" : "[yellow]no[/]");
}
