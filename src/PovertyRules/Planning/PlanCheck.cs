using System.Collections.Immutable;
using System.Globalization;
using PovertyRules.Policy;
using PovertyRules.Rules;

namespace PovertyRules.Planning;

/// <summary>
/// A province plan judged: whether everyone is out by the target year, the share reached in the first years against
/// the stated share (judged exactly on the counts, reported to one decimal), the implied average reduction per month
/// and per day over the stated period, and the counties a schedule puts after the target year. Immutable.
/// </summary>
public sealed class PlanCheck
{
    private PlanCheck(ProvincePlan plan, DecappingSchedule? schedule)
    {
        Plan = plan;
        PlannedByTarget = plan.YearlyTargets.Where(p => p.Key <= plan.TargetYear).Sum(p => p.Value);
        RemainingAtTarget = Math.Max(0, plan.StartingPoor - PlannedByTarget);
        EarlyReduction = plan.YearlyTargets.Where(p => p.Key <= plan.BaseYear + plan.EarlyYears).Sum(p => p.Value);
        EarlyShareReached = new Threshold(plan.EarlyShare.Value, PassingSide.AtLeast).Passes(EarlyReduction, plan.StartingPoor);
        EarlySharePercent = Math.Round(100m * EarlyReduction / plan.StartingPoor, 1, MidpointRounding.AwayFromZero);
        Months = (plan.PeriodEnd.Year * 12 + plan.PeriodEnd.Month) - (plan.PeriodStart.Year * 12 + plan.PeriodStart.Month) + 1;
        Days = plan.PeriodEnd.DayNumber - plan.PeriodStart.DayNumber + 1;
        PerMonth = (decimal)plan.StartingPoor / Months;
        PerDay = (decimal)plan.StartingPoor / Days;
        LateCounties = schedule is null
            ? []
            : [.. schedule.Counties.Where(c => c.DecappingYear is not { } year || year > plan.TargetYear).Select(c => c.Code)];
    }

    /// <summary>The plan judged.</summary>
    public ProvincePlan Plan { get; }

    /// <summary>Whether the targets up to the target year add up to at least the starting poor population.</summary>
    public bool EveryoneOutByTarget => RemainingAtTarget == 0;

    /// <summary>The sum of the targets of the years up to and including the target year.</summary>
    public long PlannedByTarget { get; }

    /// <summary>The people the targets leave poor at the end of the target year (never below zero).</summary>
    public long RemainingAtTarget { get; }

    /// <summary>The sum of the targets of the first <see cref="ProvincePlan.EarlyYears"/> plan years.</summary>
    public long EarlyReduction { get; }

    /// <summary><see cref="EarlyReduction"/> / starting poor, in percent, rounded to one decimal (half away from zero) for reporting only.</summary>
    public decimal EarlySharePercent { get; }

    /// <summary>Whether <see cref="EarlyReduction"/> / starting poor is at least the stated share, compared exactly on the counts (never on the rounded percent).</summary>
    public bool EarlyShareReached { get; }

    /// <summary>The calendar months of the period, the first and the last counted whole (February 2016 to December 2020 is 59).</summary>
    public int Months { get; }

    /// <summary>The days of the period, both ends included (1 February 2016 to 31 December 2020 is 1,796).</summary>
    public int Days { get; }

    /// <summary>The starting poor population over <see cref="Months"/>: the average reduction a month the plan implies.</summary>
    public decimal PerMonth { get; }

    /// <summary>The starting poor population over <see cref="Days"/>: the average reduction a day the plan implies.</summary>
    public decimal PerDay { get; }

    /// <summary>The counties (codes) the schedule puts after the target year or not within the plan at all; empty without a schedule.</summary>
    public ImmutableArray<string> LateCounties { get; }

    /// <summary>The finding on the first years' share, e.g. <c>first 3 years: 3,700,000 of 4,650,000 = 79.6% (79.57%), below the stated 80%</c>.</summary>
    public string EarlyShareText =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"first {Plan.EarlyYears} years: {EarlyReduction:#,0} of {Plan.StartingPoor:#,0} = {EarlySharePercent:0.0}% ({Formats.Percent(Math.Round((decimal)EarlyReduction / Plan.StartingPoor, 6))}), {(EarlyShareReached ? "at least" : "below")} the stated {Formats.Percent(Plan.EarlyShare.Value)} ({Plan.EarlyShare.Citation})");

    /// <summary>Judges <paramref name="plan"/>, and lists the counties of <paramref name="schedule"/> that come after its target year.</summary>
    /// <exception cref="ArgumentException">The plan is malformed (no or negative targets, a missing year, a non-positive population, a share outside 0–1, an empty period, an empty citation); the message names every problem.</exception>
    public static PlanCheck Of(ProvincePlan plan, DecappingSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<string>();
        if (plan.YearlyTargets is null)
        {
            problems.Add("no yearly targets");
        }
        else
        {
            problems.AddRange(ProvincePlan.CheckTargets(plan.BaseYear, plan.YearlyTargets));
        }

        if (plan.StartingPoor <= 0)
        {
            problems.Add($"the starting poor population {plan.StartingPoor} is not positive");
        }

        if (plan.TargetYear <= plan.BaseYear)
        {
            problems.Add($"the target year {plan.TargetYear} is not after the base year {plan.BaseYear}");
        }

        if (plan.EarlyYears <= 0)
        {
            problems.Add($"the first-years count {plan.EarlyYears} is not positive");
        }

        if (plan.EarlyShare is null || plan.EarlyShare.Value is < 0 or > 1 || string.IsNullOrWhiteSpace(plan.EarlyShare.Citation))
        {
            problems.Add("the stated first-years share must be 0–1 with a citation");
        }

        if (plan.PeriodEnd < plan.PeriodStart)
        {
            problems.Add($"the period ends ({plan.PeriodEnd:yyyy-MM-dd}) before it starts ({plan.PeriodStart:yyyy-MM-dd})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The province plan is not valid: " + string.Join("; ", problems) + ".", nameof(plan));
        }

        return new PlanCheck(plan, schedule);
    }
}
