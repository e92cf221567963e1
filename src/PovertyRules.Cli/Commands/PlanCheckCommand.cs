using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Planning;
using Spectre.Console;

namespace PovertyRules.Cli.Commands;

/// <summary>
/// <c>plan-check</c>: a province plan judged (everyone out by the target year, the first years' share, per month and
/// per day, and with <c>--counties</c> the counties scheduled after the target year): <c>plan-check.json</c> and
/// <c>planning.html</c>. Exit code 1 when the plan is not met.
/// </summary>
internal static class PlanCheckCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var profile = new Option<string>("--profile") { Description = "Built-in profile id or a profile/overlay file (for the counties' thresholds)", DefaultValueFactory = _ => "CN-2016" };
        var plan = new Option<string>("--plan") { Description = "JSON: baseYear, startingPoor, yearlyTargets, targetYear, earlyYears, earlyShare {value, citation, verified}, periodStart, periodEnd", Required = true };
        var counties = new Option<string>("--counties") { Description = "Optional CSV of counties (as for schedule): the counties scheduled after the target year are listed" };
        var split = ScheduleCommand.Split();
        var output = CommonOptions.Out();
        var command = new Command("plan-check", "Check a province plan: everyone out by the target year, the first years' share, the reduction per month and per day, late counties; exit code 1 when not met.")
        {
            profile, plan, counties, split, output,
        };
        command.SetAction(parse =>
        {
            var run = context(parse);
            var chosen = ProfileArgument.Resolve(parse.GetValue(profile)!);
            var provincePlan = PlanningFiles.Plan(parse.GetValue(plan)!);
            DecappingSchedule? schedule = null;
            if (parse.GetValue(counties) is { } file)
            {
                var list = PlanningFiles.ScheduleCounties(file);
                schedule = ScheduleCommand.Project(chosen, provincePlan.BaseYear, list, list.All(c => c.PlannedReductions is not null) ? null : provincePlan.YearlyTargets, parse.GetValue(split)!);
            }

            PlanCheck check;
            try
            {
                check = PlanCheck.Of(provincePlan, schedule);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message, e);
            }

            var directory = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
            var summary = Summary(check);
            File.WriteAllText(Path.Combine(directory, "plan-check.json"), JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
            if (schedule is not null)
            {
                ScheduleCommand.WriteFiles(directory, schedule);
            }

            PlanningReport.Write(Path.Combine(directory, "planning.html"), chosen, "plan-check", run.Clock.GetLocalNow(), schedule, check, null);
            var met = check.EveryoneOutByTarget && check.EarlyShareReached;
            if (run.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                var invariant = CultureInfo.InvariantCulture;
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(invariant, $"everyone out by {provincePlan.TargetYear}: {(check.EveryoneOutByTarget ? "yes" : "no")} ({check.PlannedByTarget:N0} planned of {provincePlan.StartingPoor:N0}, {check.RemainingAtTarget:N0} left)")));
                AnsiConsole.MarkupLine(Markup.Escape(check.EarlyShareText));
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(invariant, $"{check.Months} months, {check.Days:N0} days: {check.PerMonth:N2} a month, {check.PerDay:N2} a day")));
                if (schedule is not null)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"counties after {provincePlan.TargetYear}: {(check.LateCounties.IsEmpty ? "none" : string.Join(", ", check.LateCounties))}"));
                }

                AnsiConsole.MarkupLine(met ? "[green]plan met[/]" : "[red]plan not met[/]");
            }

            return met ? ExitCodes.Ok : ExitCodes.InputErrors;
        });
        return command;
    }

    private static object Summary(PlanCheck check) => new
    {
        met = check.EveryoneOutByTarget && check.EarlyShareReached,
        everyoneOut = check.EveryoneOutByTarget,
        plannedByTarget = check.PlannedByTarget,
        remainingAtTarget = check.RemainingAtTarget,
        earlyReduction = check.EarlyReduction,
        earlySharePercent = check.EarlySharePercent,
        earlyShareReached = check.EarlyShareReached,
        earlyShare = check.EarlyShareText,
        months = check.Months,
        days = check.Days,
        perMonth = Math.Round(check.PerMonth, 2),
        perDay = Math.Round(check.PerDay, 2),
        lateCounties = check.LateCounties,
    };
}
