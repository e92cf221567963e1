using PovertyRules.Rules.County;

namespace PovertyRules.Rules;

/// <summary>The county de-capping criteria in report order; which of them a profile requires.</summary>
internal static class CountyCriteria
{
    public static readonly CriteriaCatalog<CountyFact> Catalog = new(
        [
            CountyIncidenceRule.Criterion,
            WrongExitRateRule.Criterion,
            OmissionRateRule.Criterion,
            PublicApprovalRule.Criterion,
            RuralIncomeRule.Criterion,
            CountyProposalStepRule.Criterion,
            CityReviewStepRule.Criterion,
            ProvinceVerificationStepRule.Criterion,
            ProvinceApprovalStepRule.Criterion,
            NationalAssessmentStepRule.Criterion,
            FormalApprovalStepRule.Criterion,
        ],
        [
            typeof(CountyIncidenceRule), typeof(WrongExitRateRule), typeof(OmissionRateRule), typeof(PublicApprovalRule),
            typeof(RuralIncomeRule), typeof(CountyProposalStepRule), typeof(CityReviewStepRule), typeof(ProvinceVerificationStepRule),
            typeof(ProvinceApprovalStepRule), typeof(NationalAssessmentStepRule), typeof(FormalApprovalStepRule),
        ]);

    public static int ApplicableMask(CountyParameters parameters) =>
        parameters.MinimumRuralIncome is null ? Catalog.AllMask & ~Catalog.MaskOf(RuralIncomeRule.Criterion) : Catalog.AllMask;
}
