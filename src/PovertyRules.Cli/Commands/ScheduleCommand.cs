using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PovertyRules.Cli.Generation;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Planning;
using PovertyRules.Policy;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary>
/// <c>schedule</c>: the de-capping schedule of a province's counties from their own yearly plans or the province's
/// targets split across them: <c>schedule.csv</c> (a row per county and year), <c>decapping.csv</c> (a row per
/// county) and <c>planning.html</c> with the timeline.
/// </summary>
internal static class ScheduleCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Option<string> Counties() => new("--counties")
    {
        Description = "CSV: code,name,rural_population,registered_poor and optionally one column per plan year (2016,2017,…) with the county's planned reduction",
        Required = true,
    };

    public static Option<string> Targets() => new("--targets") { Description = "CSV: year,reduction — the province's yearly targets, split across the counties (instead of the counties' year columns)" };

    public static Option<string> Split()
    {
        var option = new Option<string>("--split") { Description = "How --targets is split: poor (in proportion to poor people) or incidence", DefaultValueFactory = _ => "poor" };
        option.AcceptOnlyFromAmong("poor", "incidence");
        return option;
    }

    public static Option<int> BaseYear() => new("--base-year") { Description = "The year at whose end registered_poor was counted", Required = true };

    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or a profile/overlay file (its county thresholds, regions and comparison)", Required = true };
        var counties = Counties();
        var targets = Targets();
        var split = Split();
        var baseYear = BaseYear();
        var output = CommonOptions.Out();
        var command = new Command("schedule", "Project each county's remaining poor and incidence per year and the year it can de-cap; write schedule.csv, decapping.csv and planning.html.")
        {
            profile, counties, targets, split, baseYear, output,
        };
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var schedule = Project(chosen, parse.GetValue(baseYear), PlanningFiles.ScheduleCounties(parse.GetValue(counties)!), parse.GetValue(targets) is { } t ? PlanningFiles.Targets(t) : null, parse.GetValue(split)!);
            var directory = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
            WriteFiles(directory, schedule);
            PlanningReport.Write(Path.Combine(directory, "planning.html"), chosen, "schedule", run.Clock.GetLocalNow(), schedule, null, null);
            if (run.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(Summary(schedule), new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Print(schedule);
                AnsiConsole.MarkupLine(Markup.Escape($"written: {Path.Combine(directory, "schedule.csv")}, decapping.csv, planning.html"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The schedule from the counties' own plans, or from <paramref name="targets"/> split across them; bad inputs are a usage error.</summary>
    internal static DecappingSchedule Project(PolicyProfile profile, int baseYear, IReadOnlyList<CountyPlanInput> counties, IReadOnlyDictionary<int, long>? targets, string split)
    {
        try
        {
            return targets is null
                ? DecappingSchedule.Project(profile, baseYear, counties)
                : DecappingSchedule.Project(profile, baseYear, counties, targets, split == "incidence" ? SplitRule.ByIncidence : SplitRule.ByPoorPeople);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    internal static void WriteFiles(string directory, DecappingSchedule schedule)
    {
        using (var rows = new CsvOut(Path.Combine(directory, "schedule.csv"), ["code", "name", "year", "reduction", "remaining", "incidence", "within_threshold"]))
        {
            foreach (var county in schedule.Counties)
            {
                foreach (var year in county.Years)
                {
                    rows.Row([county.Code, county.Name, year.Year.ToString(Invariant), year.Reduction.ToString(Invariant), year.Remaining.ToString(Invariant), year.Incidence.ToString(Invariant), year.WithinThreshold ? "true" : "false"]);
                }
            }
        }

        using var decapping = new CsvOut(Path.Combine(directory, "decapping.csv"), ["code", "name", "western", "threshold", "comparison", "decapping_year", "unapplied", "requirement"]);
        foreach (var county in schedule.Counties)
        {
            decapping.Row([county.Code, county.Name, county.Western ? "true" : "false", county.Threshold.ToString(Invariant), county.Comparison.ToString(), county.DecappingYear?.ToString(Invariant), county.Unapplied.ToString(Invariant), county.Requirement]);
        }
    }

    internal static void Print(DecappingSchedule schedule)
    {
        var table = new Table().Title("de-capping schedule").AddColumns("year", "counties", "by the end of the year", "codes");
        foreach (var year in schedule.PlanYears.Prepend(schedule.BaseYear))
        {
            var codes = schedule.ByYear.TryGetValue(year, out var c) ? c : [];
            table.AddRow(year.ToString(Invariant), codes.Length.ToString(Invariant), schedule.CountBy(year).ToString(Invariant), Markup.Escape(string.Join(", ", codes.Take(12)) + (codes.Length > 12 ? ", …" : string.Empty)));
        }

        table.AddRow("not within the plan", schedule.NotWithinPlan.Length.ToString(Invariant), string.Empty, Markup.Escape(string.Join(", ", schedule.NotWithinPlan.Take(12))));
        AnsiConsole.Write(table);
        if (schedule.Unsplit > 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"{schedule.Unsplit:N0} people of the province's targets could not be given to any county: their poor were all out."));
        }
    }

    internal static object Summary(DecappingSchedule schedule) => new
    {
        profile = schedule.ProfileId,
        baseYear = schedule.BaseYear,
        counties = schedule.Counties.Length,
        byYear = schedule.ByYear.ToDictionary(p => p.Key.ToString(Invariant), p => p.Value),
        countBy = schedule.PlanYears.Prepend(schedule.BaseYear).ToDictionary(y => y.ToString(Invariant), schedule.CountBy),
        notWithinPlan = schedule.NotWithinPlan,
        unsplit = schedule.Unsplit,
    };
}
