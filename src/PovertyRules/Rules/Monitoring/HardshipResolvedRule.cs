using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 风险稳定消除 (hardship) — for the risk to count as eliminated, neither hardship test holds in the assessment year:
/// unavoidable expenses within the profile's share of last year's household income, and income not fallen by more
/// than the profile's share.
/// </summary>
[Name(Id), Tag(RuleTags.RiskElimination), Description("风险消除 (中农组发〔2021〕7号: 返贫致贫风险已经稳定消除): the hardship resolved — unavoidable expenses within the share of last year's income and income not fallen by more than the profile's share")]
internal sealed class HardshipResolvedRule() : EliminationRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-ELIM-HARDSHIP";

    private static Evidence Explain(RiskEliminationFact fact)
    {
        var risk = fact.Risk;
        var expenses = HardshipExpensesRule.Criterion.ToFinding(risk, Verdict.Met);
        var drop = HardshipIncomeDropRule.Criterion.ToFinding(risk, Verdict.Met);
        return new Evidence(
            $"{expenses.Actual}; {drop.Actual}",
            $"neither {expenses.Threshold.Replace("a risk when ", string.Empty, StringComparison.Ordinal)} nor {drop.Threshold.Replace("a risk when ", string.Empty, StringComparison.Ordinal)}",
            "hardshipExpenseShare, hardshipIncomeDropShare",
            Citations.MonitoringCategories,
            risk.Profile.HardshipExpenseShare.Verified && risk.Profile.HardshipIncomeDropShare.Verified);
    }

    internal static readonly Criterion<RiskEliminationFact> Criterion = new PredicateCriterion<RiskEliminationFact>(
        Id, CriterionKind.RiskElimination, "Hardship resolved", "突发困难已消除",
        notMet: e => e.Risk.Expenses.KnownToFail(e.Risk.ExpenseLimit) || e.Risk.Income.KnownToFail(e.Risk.DropLimit),
        unresolved: e => !(e.Risk.Expenses.KnownToPass(e.Risk.ExpenseLimit) && e.Risk.Income.KnownToPass(e.Risk.DropLimit)),
        Explain);
}
