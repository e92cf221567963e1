namespace PovertyRules.Policy;

/// <summary>The scalar parameters of <see cref="PolicyProfile"/> (everything but the poverty-line table).</summary>
public static class ProfileParameters
{
    /// <summary>Every scalar parameter, in the order profiles list them.</summary>
    public static IReadOnlyList<ProfileParameter> All { get; } =
    [
        Define("incomeMeasure", "measure", p => p.IncomeMeasure, (p, v) => p with { IncomeMeasure = v }),
        Define("yearsAboveLine", "years", p => p.YearsAboveLine, (p, v) => p with { YearsAboveLine = v }),
        Define("excludedTransfers", "transfer items", p => p.ExcludedTransfers, (p, v) => p with { ExcludedTransfers = v }),
        Define("maxTransferShare", "share 0–1", p => p.MaxTransferShare, (p, v) => p with { MaxTransferShare = v }),
        Define("compulsoryEducationFromAge", "years of age", p => p.CompulsoryEducationFromAge, (p, v) => p with { CompulsoryEducationFromAge = v }),
        Define("compulsoryEducationToAge", "years of age", p => p.CompulsoryEducationToAge, (p, v) => p with { CompulsoryEducationToAge = v }),
        Define("ageReferenceDate", "date", p => p.AgeReferenceDate, (p, v) => p with { AgeReferenceDate = v }),
        Define("safeDrinkingWaterRequired", "switch", p => p.SafeDrinkingWaterRequired, (p, v) => p with { SafeDrinkingWaterRequired = v }),
        Define("minimumNoticeDays", "days", p => p.MinimumNoticeDays, (p, v) => p with { MinimumNoticeDays = v }),
        Define("villageCadresExcluded", "switch", p => p.VillageCadresExcluded, (p, v) => p with { VillageCadresExcluded = v }),
        Define("cadreWithMajorCauseExempt", "switch", p => p.CadreWithMajorCauseExempt, (p, v) => p with { CadreWithMajorCauseExempt = v }),
        Define("disabilityVehicleExempt", "switch", p => p.DisabilityVehicleExempt, (p, v) => p with { DisabilityVehicleExempt = v }),
        Define("minimumExcludingCarValue", "yuan", p => p.MinimumExcludingCarValue, (p, v) => p with { MinimumExcludingCarValue = v }),
        Define("workVehiclesExcluded", "switch", p => p.WorkVehiclesExcluded, (p, v) => p with { WorkVehiclesExcluded = v }),
        Define("westernProvinces", "province codes", p => p.WesternProvinces, (p, v) => p with { WesternProvinces = v }),
        Define("countyRegionOverrides", "county code → western", p => p.CountyRegionOverrides, (p, v) => p with { CountyRegionOverrides = v }),
        Define("villageIncidenceThreshold", "share 0–1", p => p.VillageIncidenceThreshold, (p, v) => p with { VillageIncidenceThreshold = v }),
        Define("westernVillageIncidenceThreshold", "share 0–1", p => p.WesternVillageIncidenceThreshold, (p, v) => p with { WesternVillageIncidenceThreshold = v }),
        Define("villageRequiredFacilities", "facilities", p => p.VillageRequiredFacilities, (p, v) => p with { VillageRequiredFacilities = v }),
        Define("villageMinimumCollectiveIncome", "yuan/year", p => p.VillageMinimumCollectiveIncome, (p, v) => p with { VillageMinimumCollectiveIncome = v }),
        Define("countyIncidenceThreshold", "share 0–1", p => p.CountyIncidenceThreshold, (p, v) => p with { CountyIncidenceThreshold = v }),
        Define("westernCountyIncidenceThreshold", "share 0–1", p => p.WesternCountyIncidenceThreshold, (p, v) => p with { WesternCountyIncidenceThreshold = v }),
        Define("countyIncidenceComparison", "comparison", p => p.CountyIncidenceComparison, (p, v) => p with { CountyIncidenceComparison = v }),
        Define("wrongExitRateThreshold", "share 0–1", p => p.WrongExitRateThreshold, (p, v) => p with { WrongExitRateThreshold = v }),
        Define("wrongExitRateComparison", "comparison", p => p.WrongExitRateComparison, (p, v) => p with { WrongExitRateComparison = v }),
        Define("omissionRateThreshold", "share 0–1", p => p.OmissionRateThreshold, (p, v) => p with { OmissionRateThreshold = v }),
        Define("omissionRateComparison", "comparison", p => p.OmissionRateComparison, (p, v) => p with { OmissionRateComparison = v }),
        Define("publicApprovalThreshold", "share 0–1", p => p.PublicApprovalThreshold, (p, v) => p with { PublicApprovalThreshold = v }),
        Define("publicApprovalComparison", "comparison", p => p.PublicApprovalComparison, (p, v) => p with { PublicApprovalComparison = v }),
        Define("registerIncidenceGate", "share 0–1", p => p.RegisterIncidenceGate, (p, v) => p with { RegisterIncidenceGate = v }),
        Define("registerIncidenceGateComparison", "comparison", p => p.RegisterIncidenceGateComparison, (p, v) => p with { RegisterIncidenceGateComparison = v }),
        Define("comprehensiveIncidence", "switch", p => p.ComprehensiveIncidence, (p, v) => p with { ComprehensiveIncidence = v }),
        Define("countyMinimumRuralIncome", "yuan/person/year", p => p.CountyMinimumRuralIncome, (p, v) => p with { CountyMinimumRuralIncome = v }),
        Define("allocationPoorPopulationWeight", "weight 0–1", p => p.AllocationPoorPopulationWeight, (p, v) => p with { AllocationPoorPopulationWeight = v }),
        Define("allocationIncidenceWeight", "weight 0–1", p => p.AllocationIncidenceWeight, (p, v) => p with { AllocationIncidenceWeight = v }),
        Define("allocationRuralIncomeWeight", "weight 0–1", p => p.AllocationRuralIncomeWeight, (p, v) => p with { AllocationRuralIncomeWeight = v }),
        Define("allocationPerformanceWeight", "weight 0–1", p => p.AllocationPerformanceWeight, (p, v) => p with { AllocationPerformanceWeight = v }),
        Define("allocationGradeScores", "grade → score 0–1", p => p.AllocationGradeScores, (p, v) => p with { AllocationGradeScores = v }),
        Define("allocationFloor", "yuan", p => p.AllocationFloor, (p, v) => p with { AllocationFloor = v }),
        Define("allocationCapShare", "share 0–1", p => p.AllocationCapShare, (p, v) => p with { AllocationCapShare = v }),
        Define("promotionPriorityConsecutiveYears", "years", p => p.PromotionPriorityConsecutiveYears, (p, v) => p with { PromotionPriorityConsecutiveYears = v }),
        Define("promotionPriorityGrade", "grade", p => p.PromotionPriorityGrade, (p, v) => p with { PromotionPriorityGrade = v }),
        Define("monitoringLine", "yuan/person/year", p => p.MonitoringLine, (p, v) => p with { MonitoringLine = v }),
        Define("hardshipExpenseShare", "share of last year's income", p => p.HardshipExpenseShare, (p, v) => p with { HardshipExpenseShare = v }),
        Define("hardshipIncomeDropShare", "share 0–1", p => p.HardshipIncomeDropShare, (p, v) => p with { HardshipIncomeDropShare = v }),
        Define("riskEliminationYears", "years", p => p.RiskEliminationYears, (p, v) => p with { RiskEliminationYears = v }),
        Define("fifteenDigitIdAccepted", "switch", p => p.FifteenDigitIdAccepted, (p, v) => p with { FifteenDigitIdAccepted = v }),
        Define("schoolingRecordedFromAge", "years of age", p => p.SchoolingRecordedFromAge, (p, v) => p with { SchoolingRecordedFromAge = v }),
        Define("schoolingRecordedToAge", "years of age", p => p.SchoolingRecordedToAge, (p, v) => p with { SchoolingRecordedToAge = v }),
        Define("labourRecordedFromAge", "years of age", p => p.LabourRecordedFromAge, (p, v) => p with { LabourRecordedFromAge = v }),
        Define("labourRecordedToAge", "years of age", p => p.LabourRecordedToAge, (p, v) => p with { LabourRecordedToAge = v }),
        Define("seniorHighImplausibleToAge", "years of age", p => p.SeniorHighImplausibleToAge, (p, v) => p with { SeniorHighImplausibleToAge = v }),
        Define("primaryImplausibleFromAge", "years of age", p => p.PrimaryImplausibleFromAge, (p, v) => p with { PrimaryImplausibleFromAge = v }),
    ];

    /// <summary>
    /// The parameters only the data-quality checks, the fund allocation, the accountability rules or relapse monitoring read (a monitoring receipt hashes its own): an assessment's decision
    /// does not depend on them, so its receipt's parameter hash leaves them out (receipts issued before they existed
    /// stay reproducible).
    /// </summary>
    internal static IReadOnlySet<string> NotReadByAssessments { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "allocationPoorPopulationWeight",
        "allocationIncidenceWeight",
        "allocationRuralIncomeWeight",
        "allocationPerformanceWeight",
        "allocationGradeScores",
        "allocationFloor",
        "allocationCapShare",
        "promotionPriorityConsecutiveYears",
        "promotionPriorityGrade",
        "monitoringLine",
        "hardshipExpenseShare",
        "hardshipIncomeDropShare",
        "riskEliminationYears",
        "fifteenDigitIdAccepted",
        "schoolingRecordedFromAge",
        "schoolingRecordedToAge",
        "labourRecordedFromAge",
        "labourRecordedToAge",
        "seniorHighImplausibleToAge",
        "primaryImplausibleFromAge",
    };

    /// <summary>
    /// Parameters added after receipts were issued, each with the value (as JSON) under which the rules decide as they
    /// did before it existed: while a profile holds that value the receipt's parameter hash leaves the parameter out, so
    /// an unchanged decision keeps its hash and a changed one (e.g. the 2017 method's comparisons) gets a new one.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> HashedOnlyWhenNot { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["countyIncidenceComparison"] = "\"Below\"",
        ["wrongExitRateComparison"] = "\"Below\"",
        ["omissionRateComparison"] = "\"Below\"",
        ["publicApprovalComparison"] = "\"Above\"",
        ["registerIncidenceGate"] = "null",
        ["registerIncidenceGateComparison"] = "\"AtMost\"",
    };

    /// <summary>The parameter named <paramref name="name"/> (case-sensitive), or <c>null</c>.</summary>
    public static ProfileParameter? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    private static ProfileParameter<T> Define<T>(
        string name, string unit, Func<PolicyProfile, Parameter<T>> get, Func<PolicyProfile, Parameter<T>, PolicyProfile> set) =>
        new(name, unit, get, set);
}
