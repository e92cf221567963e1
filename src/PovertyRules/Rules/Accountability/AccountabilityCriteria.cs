namespace PovertyRules.Rules.Accountability;

/// <summary>The cadre accountability criteria in report order, with their rule classes.</summary>
internal static class AccountabilityCriteria
{
    public static readonly CriteriaCatalog<AccountabilityFact> Catalog = new(
        (TransferBeforeDecappingRule.Criterion, typeof(TransferBeforeDecappingRule)),
        (AnnualTargetVetoRule.Criterion, typeof(AnnualTargetVetoRule)),
        (TaskForceCoverageRule.Criterion, typeof(TaskForceCoverageRule)),
        (ResponsibleHelperCoverageRule.Criterion, typeof(ResponsibleHelperCoverageRule)),
        (SecretaryPromotionPriorityRule.Criterion, typeof(SecretaryPromotionPriorityRule)),
        (HeadPromotionPriorityRule.Criterion, typeof(HeadPromotionPriorityRule)));
}
