using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// Relapse monitoring written out plainly from POLICY.md §7, independent of the engine's facts, thresholds and
/// measures: each risk and each condition of elimination as a three-valued test. The 两不愁三保障 parts come from the
/// household reference evaluator.
/// </summary>
internal static class MonitoringReferenceEvaluator
{
    internal sealed record Result(
        MonitoringStatus Status, ISet<string> Risks, ISet<string> Unknown, RiskEliminationStatus? Elimination, ISet<string> EliminationFailed, ISet<string> EliminationUnknown);

    private enum V { Met, NotMet, Unknown }

    public static Result Evaluate(Household h, PolicyProfile p)
    {
        if (Invalid(h, p))
        {
            return new Result(MonitoringStatus.InvalidInput, new HashSet<string>(), new HashSet<string>(), null, new HashSet<string>(), new HashSet<string>());
        }

        var record = h.Monitoring ?? new MonitoringRecord();
        var line = p.MonitoringLine.Value!.Value;
        decimal? Income(int year)
        {
            var entry = h.Income.FirstOrDefault(i => i.Year == year);
            return entry is null ? null : p.IncomeMeasure.Value == IncomeMeasure.Disposable ? entry.PerCapitaDisposable : entry.PerCapitaNet;
        }

        var now = Income(p.Year);
        var last = Income(p.Year - 1);
        bool? exited = record.EverRegistered == false ? false
            : h.ExitFlag is null ? null
            : h.ExitFlag is ExitFlag.ExitedWithSupport or ExitFlag.ExitedWithoutSupport;
        bool? never = record.EverRegistered.HasValue ? !record.EverRegistered.Value : h.ExitFlag.HasValue ? false : null;
        bool? belowLine = now.HasValue ? now.Value < line : null;

        // A risk holds (NotMet) when both of its conditions hold; it is absent (Met) when either is known false.
        static V Both(bool? a, bool? b) => a == false || b == false ? V.Met : a == true && b == true ? V.NotMet : V.Unknown;

        bool? expensesHigh = record.UnavoidableExpenses is { } e && last is { } l ? e > p.HardshipExpenseShare.Value * l * h.Members.Count : null;
        bool? fell = last is { } before && now is { } after ? before > 0 && after < before - (p.HardshipIncomeDropShare.Value * before) : null;
        var risks = new Dictionary<string, V>
        {
            ["MON-UNSTABLE-INCOME"] = Both(exited, belowLine),
            ["MON-UNSTABLE-RISK"] = Both(exited, record.RiskRecorded),
            ["MON-MARGINAL-INCOME"] = Both(never, belowLine),
            ["MON-HARDSHIP-EXPENSES"] = Both(expensesHigh, true),
            ["MON-HARDSHIP-INCOME-DROP"] = Both(fell, true),
        };
        var status = risks.Values.Contains(V.NotMet) ? MonitoringStatus.AtRisk
            : risks.Values.Contains(V.Unknown) ? MonitoringStatus.Undetermined
            : MonitoringStatus.NotAtRisk;

        var years = Enumerable.Range(p.Year - p.RiskEliminationYears.Value + 1, p.RiskEliminationYears.Value).Select(Income).ToList();
        var stable = years.Any(y => y is { } v && v <= line) ? V.NotMet : years.Any(y => y is null) ? V.Unknown : V.Met;
        var hardship = risks["MON-HARDSHIP-EXPENSES"] == V.NotMet || risks["MON-HARDSHIP-INCOME-DROP"] == V.NotMet ? V.NotMet
            : risks["MON-HARDSHIP-EXPENSES"] == V.Met && risks["MON-HARDSHIP-INCOME-DROP"] == V.Met ? V.Met
            : V.Unknown;
        var household = ReferenceEvaluator.Evaluate(h, p with { SafeDrinkingWaterRequired = new(true, "reference", false) });
        string[] parts = ["HH-FOOD-CLOTHING", "HH-EDUCATION", "HH-MEDICAL", "HH-HOUSING", "HH-WATER"];
        var guarantees = parts.Any(household.Failed.Contains) ? V.NotMet : parts.Any(household.Unknown.Contains) ? V.Unknown : V.Met;
        var conditions = new Dictionary<string, V>
        {
            ["MON-ELIM-INCOME"] = stable,
            ["MON-ELIM-HARDSHIP"] = hardship,
            ["MON-ELIM-GUARANTEES"] = guarantees,
        };
        var elimination = record.RecordedCategory is null && status == MonitoringStatus.NotAtRisk ? RiskEliminationStatus.NotMonitored
            : conditions.Values.Contains(V.NotMet) ? RiskEliminationStatus.NotEliminated
            : conditions.Values.Contains(V.Unknown) ? RiskEliminationStatus.Undetermined
            : RiskEliminationStatus.Eliminated;

        return new Result(
            status,
            risks.Where(r => r.Value == V.NotMet).Select(r => r.Key).ToHashSet(),
            risks.Where(r => r.Value == V.Unknown).Select(r => r.Key).ToHashSet(),
            elimination,
            conditions.Where(r => r.Value == V.NotMet).Select(r => r.Key).ToHashSet(),
            conditions.Where(r => r.Value == V.Unknown).Select(r => r.Key).ToHashSet());
    }

    private static bool Invalid(Household h, PolicyProfile p)
    {
        if (HouseholdValidator.Validate(h, p).Count > 0)
        {
            return true;
        }

        var r = h.Monitoring;
        return r is not null && (r.UnavoidableExpenses < 0m
            || (r.RiskIdentifiedOn is { } identified && r.RiskEliminatedOn is { } eliminated && eliminated < identified)
            || (r.RiskEliminated == false && r.RiskEliminatedOn is not null)
            || (r.EverRegistered == false && h.ExitFlag is not null)
            || (r.RecordedCategory is { } c && c is not (MonitoringCategory.UnstableExited or MonitoringCategory.MarginalAtRisk or MonitoringCategory.SuddenHardship)));
    }
}
