using System.Globalization;
using Spectre.Console;

namespace PovertyRules.Cli.Reporting;

/// <summary>The run's summary as console tables, in the language chosen with <c>--lang</c>.</summary>
internal static class ConsoleSummary
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(IAnsiConsole console, RunReport report, Text text, string? reportPath)
    {
        console.MarkupLine($"[bold]{Markup.Escape(text["source"])}:[/] {Markup.Escape(report.Source)}");
        console.MarkupLine($"[bold]{Markup.Escape(text["profile"])}:[/] {Markup.Escape(report.Profile.Id)} ({Markup.Escape(report.Profile.Name)}), " +
            $"{Markup.Escape(report.Profile.ParameterHash)}, {Markup.Escape(report.Profile.RuleSetVersion)}");
        console.MarkupLine($"[bold]{Markup.Escape(text["read"])}:[/] {N(report.Counts.HouseholdsRead)}; [bold]{Markup.Escape(text["written"])}:[/] {N(report.Counts.HouseholdResults)}; " +
            $"[bold]{Markup.Escape(text["elapsed"])}:[/] {report.Seconds.ToString("0.0", Invariant)} s");

        var statuses = new Table().Title(text["statuses"]).AddColumns(text["level"], text["status"]).AddColumn(new TableColumn(text["count"]).RightAligned())
            .AddColumn(new TableColumn(text["people"]).RightAligned());
        foreach (var row in report.Statuses.Where(s => s.Records > 0))
        {
            statuses.AddRow(Markup.Escape(LevelName(text, row.Level)), Markup.Escape(StatusLabels.For(text, row.Level, row.Status)), N(row.Records), N(row.People));
        }

        console.Write(statuses);

        if (report.FailingCriteria.Count > 0)
        {
            var criteria = new Table().Title(text["failing"]).AddColumns(text["level"], text["criterion"]).AddColumn(new TableColumn(text["count"]).RightAligned())
                .AddColumn(text["parameter"]);
            foreach (var c in report.FailingCriteria)
            {
                criteria.AddRow(Markup.Escape(LevelName(text, c.Level)), Markup.Escape(c.Id), N(c.Records), Markup.Escape(c.Parameter ?? "-"));
            }

            console.Write(criteria);
        }

        if (report.Monitoring is { } m)
        {
            var share = m.MonitoredShareOfRegistered is { } s ? s.ToString("0.##%", Invariant) : "-";
            console.MarkupLine($"[bold]{Markup.Escape(text["monitoring"])}:[/] {N(m.AtRisk)} / {N(m.Households)} ({Markup.Escape(text["unstable"])} {N(m.UnstableExited)}, " +
                $"{Markup.Escape(text["marginal"])} {N(m.MarginalAtRisk)}, {Markup.Escape(text["hardship"])} {N(m.SuddenHardship)}; {Markup.Escape(text["undetermined"])} {N(m.Undetermined)}; " +
                $"{Markup.Escape(text["eliminated"])} {N(m.RiskEliminated)}); {Markup.Escape(text["monitoredShare"])} {share}");
        }

        console.MarkupLine($"[bold]{Markup.Escape(text["decap"])}:[/] {(report.CountiesMayExit.Count == 0 ? Markup.Escape(text["none"]) : Markup.Escape(string.Join(", ", report.CountiesMayExit)))}");

        if (report.InvalidRecords.Count > 0)
        {
            var invalid = new Table().Title(text["invalid"]).AddColumns(text["level"], text["field"]).AddColumn(new TableColumn(text["count"]).RightAligned()).AddColumn(text["example"]);
            foreach (var i in report.InvalidRecords)
            {
                invalid.AddRow(Markup.Escape(LevelName(text, i.Level)), Markup.Escape(i.Field), N(i.Records), Markup.Escape(Shorten(i.Example)));
            }

            console.Write(invalid);
        }
        else
        {
            console.MarkupLine($"[bold]{Markup.Escape(text["invalid"])}:[/] {Markup.Escape(text["none"])}");
        }

        if (report.Counts.UnmatchedSupplementRows > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(text["unmatched"])}:[/] {N(report.Counts.UnmatchedSupplementRows)}");
        }

        if (report.Comparison is { } comparison)
        {
            Comparison(console, comparison, text);
        }

        console.MarkupLine($"[bold]{Markup.Escape(text["files"])}:[/]");
        foreach (var file in report.Files.Where(f => f.Kind != "report"))
        {
            console.MarkupLine($"  {Markup.Escape(file.Kind)}: {Markup.Escape(file.Path)}");
        }

        if (reportPath is not null)
        {
            console.MarkupLine($"[bold]{Markup.Escape(text["report"])}:[/] {Markup.Escape(reportPath)}");
        }

        if (report.Partial)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(text["partial"])}[/]");
        }
    }

    private static void Comparison(IAnsiConsole console, ComparisonSummary comparison, Text text)
    {
        foreach (var level in comparison.Levels)
        {
            var table = new Table().Title($"{text["transitions"]}: {LevelName(text, level.Level)} ({N(level.Changed)} / {N(level.Records)})")
                .AddColumns(text["from"], text["to"]).AddColumn(new TableColumn(text["count"]).RightAligned()).AddColumn(text["causes"]);
            foreach (var t in level.Transitions.OrderByDescending(t => t.From != t.To).ThenByDescending(t => t.Records))
            {
                table.AddRow(Markup.Escape(StatusLabels.For(text, level.Level, t.From)), Markup.Escape(StatusLabels.For(text, level.Level, t.To)), N(t.Records),
                    Markup.Escape(string.Join(", ", t.Causes.Select(c => $"{c.Criterion} {c.Baseline ?? "-"}→{c.Changed ?? "-"} {N(c.Records)}"))));
            }

            console.Write(table);
        }
    }

    private static string LevelName(Text text, string level) => text.Language == Language.Chinese ? Levels.Chinese(level) : Levels.English(level);

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";

    private static string N(long value) => value.ToString("N0", Invariant);
}
