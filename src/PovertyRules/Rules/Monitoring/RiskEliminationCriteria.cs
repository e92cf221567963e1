namespace PovertyRules.Rules.Monitoring;

/// <summary>The conditions of risk elimination (风险消除) in report order, with their rule classes; all must be met.</summary>
internal static class RiskEliminationCriteria
{
    public static readonly CriteriaCatalog<RiskEliminationFact> Catalog = new(
        (StableIncomeRule.Criterion, typeof(StableIncomeRule)),
        (HardshipResolvedRule.Criterion, typeof(HardshipResolvedRule)),
        (GuaranteesRule.Criterion, typeof(GuaranteesRule)));
}
