namespace PovertyRules.Rules.Monitoring;

/// <summary>The relapse-monitoring risks in report order, with their rule classes; several can hold for one household.</summary>
internal static class MonitoringCriteria
{
    public static readonly CriteriaCatalog<MonitoringFact> Catalog = new(
        (UnstableIncomeRule.Criterion, typeof(UnstableIncomeRule)),
        (UnstableRiskRule.Criterion, typeof(UnstableRiskRule)),
        (MarginalIncomeRule.Criterion, typeof(MarginalIncomeRule)),
        (HardshipExpensesRule.Criterion, typeof(HardshipExpensesRule)),
        (HardshipIncomeDropRule.Criterion, typeof(HardshipIncomeDropRule)));

    /// <summary>The category each risk of <see cref="Catalog"/> puts a household in, by catalog index.</summary>
    public static readonly MonitoringCategory[] CategoryOf =
    [
        MonitoringCategory.UnstableExited,
        MonitoringCategory.UnstableExited,
        MonitoringCategory.MarginalAtRisk,
        MonitoringCategory.SuddenHardship,
        MonitoringCategory.SuddenHardship,
    ];
}
