namespace PovertyRules.Rules.DataQuality;

/// <summary>The data-quality checks in report order (ID number first, then the member's columns, the household, the exit flag), with their rule classes.</summary>
internal static class DataQualityCriteria
{
    public static readonly CriteriaCatalog<DataQualityFact> Catalog = new(
        (IdNumberLengthRule.Criterion, typeof(IdNumberLengthRule)),
        (IdNumberCharactersRule.Criterion, typeof(IdNumberCharactersRule)),
        (IdNumberChecksumRule.Criterion, typeof(IdNumberChecksumRule)),
        (IdNumberBirthDateRule.Criterion, typeof(IdNumberBirthDateRule)),
        (FifteenDigitIdRule.Criterion, typeof(FifteenDigitIdRule)),
        (IdBirthDateMatchRule.Criterion, typeof(IdBirthDateMatchRule)),
        (IdSexMatchRule.Criterion, typeof(IdSexMatchRule)),
        (DuplicateIdRule.Criterion, typeof(DuplicateIdRule)),
        (SchoolingRecordedRule.Criterion, typeof(SchoolingRecordedRule)),
        (LabourRecordedRule.Criterion, typeof(LabourRecordedRule)),
        (HouseholdHeadRule.Criterion, typeof(HouseholdHeadRule)),
        (SpouseSexRule.Criterion, typeof(SpouseSexRule)),
        (SchoolingAgeRule.Criterion, typeof(SchoolingAgeRule)),
        (HousingAreaRule.Criterion, typeof(HousingAreaRule)),
        (IllnessInsuranceRule.Criterion, typeof(IllnessInsuranceRule)),
        (ExitedIncomeRule.Criterion, typeof(ExitedIncomeRule)),
        (ExitedDropoutRule.Criterion, typeof(ExitedDropoutRule)),
        (ExitedHousingRule.Criterion, typeof(ExitedHousingRule)),
        (ExitedWaterRule.Criterion, typeof(ExitedWaterRule)),
        (MonitoringCategoryRule.Criterion, typeof(MonitoringCategoryRule)));

    /// <summary>The checks, typed as data-quality criteria, in the catalog's order.</summary>
    public static readonly IReadOnlyList<DataQualityCriterion> All = [.. Catalog.All.Cast<DataQualityCriterion>()];
}
