using PovertyRules.Rules.Exclusion;

namespace PovertyRules.Rules.Household;

/// <summary>The household exit, procedure and exclusion criteria in report order, with their rule classes.</summary>
internal static class HouseholdCriteria
{
    public static readonly CriteriaCatalog<HouseholdFact> Catalog = new(
        (IncomeAboveLineRule.Criterion, typeof(IncomeAboveLineRule)),
        (FoodAndClothingRule.Criterion, typeof(FoodAndClothingRule)),
        (CompulsoryEducationRule.Criterion, typeof(CompulsoryEducationRule)),
        (MedicalInsuranceRule.Criterion, typeof(MedicalInsuranceRule)),
        (SafeHousingRule.Criterion, typeof(SafeHousingRule)),
        (SafeDrinkingWaterRule.Criterion, typeof(SafeDrinkingWaterRule)),
        (AppraisalStepRule.Criterion, typeof(AppraisalStepRule)),
        (VerificationStepRule.Criterion, typeof(VerificationStepRule)),
        (ConsentStepRule.Criterion, typeof(ConsentStepRule)),
        (PublicNoticeStepRule.Criterion, typeof(PublicNoticeStepRule)),
        (AnnouncementStepRule.Criterion, typeof(AnnouncementStepRule)),
        (GovernmentPayrollRule.Criterion, typeof(GovernmentPayrollRule)),
        (RegisteredBusinessRule.Criterion, typeof(RegisteredBusinessRule)),
        (CommercialHousingRule.Criterion, typeof(CommercialHousingRule)),
        (CarOwnershipRule.Criterion, typeof(CarOwnershipRule)));

    public static IReadOnlyList<Criterion<HouseholdFact>> All => Catalog.All;
}
