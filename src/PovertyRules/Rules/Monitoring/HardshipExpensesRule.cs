using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 突发严重困难户 (expenses) — the household's unavoidable expenses of the assessment year (illness, disability,
/// disaster, accident) are strictly above the profile's share of last year's household income (per-capita income ×
/// members). Expenses equal to that amount are not this risk.
/// </summary>
[Name(Id), Tag(RuleTags.Monitoring), Description("突发严重困难户 (防止返贫监测指导意见 2020: 因病、因残、因灾…引发的刚性支出明显超过上年度收入): unavoidable expenses strictly above the profile's share of last year's household income")]
internal sealed class HardshipExpensesRule() : MonitoringRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-HARDSHIP-EXPENSES";

    /// <summary>The share × last year's household income, which expenses may reach; <c>null</c> when last year's income is not recorded.</summary>
    /// <exception cref="RuleEvaluationException">The income is too large to multiply.</exception>
    internal static Threshold? Limit(Model.Household household, decimal? incomeLastYear, MonitoringParameters p)
    {
        if (incomeLastYear is not { } income)
        {
            return null;
        }

        try
        {
            return new Threshold(p.ExpenseShare * income * household.Members.Count, PassingSide.AtMost);
        }
        catch (OverflowException e)
        {
            throw new RuleEvaluationException(Id, e);
        }
    }

    private static Evidence Explain(MonitoringFact fact)
    {
        var p = fact.Parameters;
        var expenses = fact.Record.UnavoidableExpenses is { } e ? Formats.Yuan(e) : "missing (Monitoring.UnavoidableExpenses)";
        var last = fact.IncomeLastYear is { } income
            ? $"{p.Year - 1} household income {Formats.Yuan(income * fact.Household.Members.Count)} ({fact.Household.Members.Count} × {Formats.Yuan(income)})"
            : $"{p.Year - 1} per-capita income missing (Income[{p.Year - 1}])";
        var limit = fact.ExpenseLimit is { } l ? $" = {Formats.Yuan(l.Value)}" : string.Empty;
        return new Evidence(
            $"unavoidable expenses {expenses}; {last}",
            $"a risk when expenses > {p.ExpenseShare.ToString(System.Globalization.CultureInfo.InvariantCulture)} × last year's household income{limit}",
            "hardshipExpenseShare",
            fact.Profile.HardshipExpenseShare.Citation,
            fact.Profile.HardshipExpenseShare.Verified);
    }

    internal static readonly Criterion<MonitoringFact> Criterion = new PredicateCriterion<MonitoringFact>(
        Id, CriterionKind.MonitoringRisk, "Sudden severe hardship: unavoidable expenses", "突发严重困难户：刚性支出超过上年度收入",
        notMet: h => h.Expenses.KnownToFail(h.ExpenseLimit),
        unresolved: h => !h.Expenses.KnownToPass(h.ExpenseLimit),
        Explain);
}
