using System.Globalization;
using PovertyRules.Planning;

namespace PovertyRules.Scenarios;

/// <summary>A planning scenario run: its status and its figures by name, rendered invariantly.</summary>
internal static class PlanningOutcome
{
    public static (string Status, SortedDictionary<string, string> Figures) Run(Scenario scenario)
    {
        var input = scenario.Planning!;
        var figures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            switch (scenario.Kind)
            {
                case ScenarioKind.Schedule:
                    var schedule = Schedule(scenario, input, input.ProvinceTargets);
                    Add(schedule, figures);
                    return (schedule.NotWithinPlan.IsEmpty ? "AllWithinPlan" : "NotAllWithinPlan", figures);
                case ScenarioKind.Plan:
                    var plan = input.Plan!;
                    var counties = input.Counties.IsEmpty ? null : Schedule(scenario, input, input.Counties.All(c => c.PlannedReductions is not null) ? null : plan.YearlyTargets);
                    var check = PlanCheck.Of(plan, counties);
                    figures["everyoneOut"] = Text(check.EveryoneOutByTarget);
                    figures["plannedByTarget"] = Text(check.PlannedByTarget);
                    figures["remainingAtTarget"] = Text(check.RemainingAtTarget);
                    figures["earlyReduction"] = Text(check.EarlyReduction);
                    figures["earlySharePercent"] = Text(check.EarlySharePercent);
                    figures["earlyShareReached"] = Text(check.EarlyShareReached);
                    figures["months"] = Text(check.Months);
                    figures["days"] = Text(check.Days);
                    figures["perMonth"] = Text(Math.Round(check.PerMonth, 2));
                    figures["perDay"] = Text(Math.Round(check.PerDay, 2));
                    figures["lateCounties"] = string.Join(",", check.LateCounties);
                    if (counties is not null)
                    {
                        Add(counties, figures);
                    }

                    return (check.EveryoneOutByTarget && check.EarlyShareReached ? "PlanMet" : "PlanNotMet", figures);
                default:
                    var allocation = FundAllocation.Allocate(scenario.Profile, input.Fund, input.AllocationCounties);
                    figures["total"] = Text(allocation.Counties.Sum(c => c.Amount));
                    figures["floor"] = allocation.Floor is { } floor ? Text(floor) : "none";
                    figures["cap"] = allocation.Cap is { } cap ? Text(cap) : "none";
                    foreach (var county in allocation.Counties)
                    {
                        figures[$"amount.{county.Code}"] = Text(county.Amount);
                        figures[$"bound.{county.Code}"] = county.Bound.ToString();
                        figures[$"score.{county.Code}"] = Text(Math.Round(county.Score, 6));
                    }

                    return ("Allocated", figures);
            }
        }
        catch (ArgumentException e)
        {
            figures["error"] = e.Message;
            return ("InvalidInput", figures);
        }
    }

    /// <summary>The statuses a planning scenario of <paramref name="kind"/> can expect.</summary>
    public static string[] Statuses(ScenarioKind kind) =>
        kind switch
        {
            ScenarioKind.Schedule => ["AllWithinPlan", "NotAllWithinPlan", "InvalidInput"],
            ScenarioKind.Plan => ["PlanMet", "PlanNotMet", "InvalidInput"],
            _ => ["Allocated", "InvalidInput"],
        };

    /// <summary>Whether an expected figure matches: numbers as numbers, <c>error</c> by containment, the rest as text.</summary>
    public static bool Matches(string name, string expected, string actual) =>
        name == "error"
            ? actual.Contains(expected, StringComparison.Ordinal)
            : decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var e) && decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                ? e == a
                : string.Equals(expected, actual, StringComparison.Ordinal);

    private static DecappingSchedule Schedule(Scenario scenario, PlanningInput input, IReadOnlyDictionary<int, long>? targets) =>
        targets is null
            ? DecappingSchedule.Project(scenario.Profile, input.BaseYear, input.Counties)
            : DecappingSchedule.Project(scenario.Profile, input.BaseYear, input.Counties, targets, input.Split);

    private static void Add(DecappingSchedule schedule, SortedDictionary<string, string> figures)
    {
        figures["unsplit"] = Text(schedule.Unsplit);
        figures["notWithinPlan"] = string.Join(",", schedule.NotWithinPlan);
        foreach (var year in schedule.PlanYears.Prepend(schedule.BaseYear))
        {
            figures[$"countBy.{year}"] = Text(schedule.CountBy(year));
        }

        foreach (var county in schedule.Counties)
        {
            figures[$"decappingYear.{county.Code}"] = county.DecappingYear is { } year ? Text(year) : "none";
            figures[$"unapplied.{county.Code}"] = Text(county.Unapplied);
            foreach (var row in county.Years)
            {
                figures[$"remaining.{county.Code}.{row.Year}"] = Text(row.Remaining);
                figures[$"reduction.{county.Code}.{row.Year}"] = Text(row.Reduction);
                figures[$"incidence.{county.Code}.{row.Year}"] = Text(Math.Round(row.Incidence, 6));
                figures[$"within.{county.Code}.{row.Year}"] = Text(row.WithinThreshold);
            }
        }
    }

    private static string Text(bool value) => value ? "true" : "false";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
