namespace PovertyRules.Rules.County;

/// <summary>The county de-capping criteria in report order, with their rule classes.</summary>
internal static class CountyCriteria
{
    public static readonly CriteriaCatalog<CountyFact> Catalog = new(
        (CountyIncidenceRule.Criterion, typeof(CountyIncidenceRule)),
        (RegisterIncidenceGateRule.Criterion, typeof(RegisterIncidenceGateRule)),
        (WrongExitRateRule.Criterion, typeof(WrongExitRateRule)),
        (OmissionRateRule.Criterion, typeof(OmissionRateRule)),
        (PublicApprovalRule.Criterion, typeof(PublicApprovalRule)),
        (RuralIncomeRule.Criterion, typeof(RuralIncomeRule)),
        (CountyProposalStepRule.Criterion, typeof(CountyProposalStepRule)),
        (CityReviewStepRule.Criterion, typeof(CityReviewStepRule)),
        (ProvinceVerificationStepRule.Criterion, typeof(ProvinceVerificationStepRule)),
        (ProvinceApprovalStepRule.Criterion, typeof(ProvinceApprovalStepRule)),
        (NationalAssessmentStepRule.Criterion, typeof(NationalAssessmentStepRule)),
        (FormalApprovalStepRule.Criterion, typeof(FormalApprovalStepRule)));
}
