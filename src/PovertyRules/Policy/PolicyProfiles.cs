using System.Collections.Immutable;
using PovertyRules.Model;

namespace PovertyRules.Policy;

/// <summary>The built-in policy profiles.</summary>
public static class PolicyProfiles
{
    /// <summary>The first and last assessment years with a built-in national profile.</summary>
    public const int FirstYear = 2014, LastYear = 2020;

    private static readonly ImmutableSortedDictionary<int, Parameter<decimal>> NationalLines =
        new Dictionary<int, Parameter<decimal>>
        {
            [2011] = new(2536m, Citations.PovertyLineYearbook, true),
            [2012] = new(2625m, Citations.PovertyLineYearbook, true),
            [2013] = new(2736m, Citations.PovertyLineYearbook, true),
            [2014] = new(2800m, Citations.PovertyLineYearbook, true),
            [2015] = new(2855m, Citations.PovertyLineYearbook, true),
            [2016] = new(2952m, Citations.PovertyLineYearbook, true),
            [2017] = new(3335m, Citations.PovertyLineProjection, false),
            [2018] = new(3535m, Citations.PovertyLineProjection, false),
            [2019] = new(3747m, Citations.PovertyLineProjection, false),
            [2020] = new(4000m, Citations.PovertyLine2020, false),
        }.ToImmutableSortedDictionary();

    private static readonly ImmutableArray<PolicyProfile> NationalProfiles =
        [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(CreateNational)];

    /// <summary>Every built-in profile, national ones by year.</summary>
    public static IReadOnlyList<PolicyProfile> All => NationalProfiles;

    /// <summary>The national profile for an assessment year (2014–2020), id <c>CN-{year}</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No national profile exists for <paramref name="year"/>.</exception>
    public static PolicyProfile National(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"National profiles exist for {FirstYear}–{LastYear}; derive another year with 'with' and WithPovertyLine.");
        }

        return NationalProfiles[year - FirstYear];
    }

    /// <summary>The built-in profile with this id (case-insensitive), or <c>null</c>.</summary>
    public static PolicyProfile? Find(string id) =>
        NationalProfiles.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    private static PolicyProfile CreateNational(int year)
    {
        var household = Citations.ExitMechanismHousehold;
        var exclusion = Citations.FourCategories;
        var local = Citations.LocalExclusionPractice;
        return new PolicyProfile
        {
            Id = $"CN-{year}",
            Name = $"National standard, assessment year {year}",
            Year = year,
            PovertyLines = NationalLines,
            IncomeMeasure = new(IncomeMeasure.Net, household, true),
            YearsAboveLine = new(1, household + " — '稳定超过' modelled as one year above the line", false),
            ExcludedTransfers = new(TransferExclusions.None, household, true),
            MaxTransferShare = new(null, household + " — no cap on the transfer share in the national text", true),
            CompulsoryEducationFromAge = new(6, Citations.CompulsoryEducation, true),
            CompulsoryEducationToAge = new(15, Citations.CompulsoryEducation, true),
            AgeReferenceDate = new(new DateOnly(year, 12, 31), Citations.LibraryAssumption + ": ages at 31 December of the assessment year", false),
            SafeDrinkingWaterRequired = year >= 2019
                ? new(true, Citations.SafeDrinkingWater, true)
                : new(false, household + " — drinking water not in the 2016 household criteria", true),
            MinimumNoticeDays = new(7, Citations.ExitMechanismHouseholdProcedure + " — 7 days is common local practice; the national text sets no length", false),
            VillageCadresExcluded = new(true, exclusion, true),
            CadreWithMajorCauseExempt = new(false, local, true),
            DisabilityVehicleExempt = new(false, local, true),
            MinimumExcludingCarValue = new(null, local, true),
            WorkVehiclesExcluded = new(false, local, true),
            WesternProvinces = new([15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65], Citations.WesternRegion, true),
            CountyRegionOverrides = new(
                ImmutableSortedDictionary<string, bool>.Empty,
                "No national per-county override; prefectures with western-development treatment (e.g. Xiangxi, Hunan) are unverified",
                false),
            VillageIncidenceThreshold = new(0.02m, Citations.ExitMechanismVillage, true),
            WesternVillageIncidenceThreshold = new(0.03m, Citations.ExitMechanismVillage, true),
            VillageRequiredFacilities = new(
                VillageFacilities.HardenedRoad | VillageFacilities.Electricity | VillageFacilities.SafeDrinkingWater | VillageFacilities.Clinic,
                Citations.VillageConditions + " — the national text weighs these without a list; road, power, water and clinic are the common provincial minimum",
                false),
            VillageMinimumCollectiveIncome = new(null, Citations.VillageConditions + " — no national minimum; provinces set one (Hunan 2016: 40,000 yuan)", true),
            CountyIncidenceThreshold = new(0.02m, Citations.ExitMechanismCounty, true),
            WesternCountyIncidenceThreshold = new(0.03m, Citations.ExitMechanismCounty, true),
            WrongExitRateThreshold = new(0.02m, Citations.CountyAssessment, true),
            OmissionRateThreshold = new(0.02m, Citations.CountyAssessment, true),
            PublicApprovalThreshold = new(0.90m, Citations.CountyAssessment, true),
            ComprehensiveIncidence = new(false, Citations.ComprehensiveIncidence, false),
            CountyMinimumRuralIncome = new(null, Citations.ExitMechanismCounty + " — no national income target; Hunan 2016 added one", true),
        };
    }
}
