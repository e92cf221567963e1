using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Cli.Generation;

/// <summary>
/// A household of the model as the rows of our schema: one household row, one row per member, and the supplement's
/// rows for what exports do not carry. Codes are the register's numeric codes; a missing value stays empty.
/// </summary>
internal static class RegisterRows
{
    public static readonly string[] HouseholdColumns =
    [
        "household_id", "village_code", "household_size", "dangerous_housing", "housing_grade", "safe_drinking_water", "per_capita_net_income",
        "per_capita_wages", "per_capita_net_business", "per_capita_property", "per_capita_transfers", "per_capita_pension",
        "per_capita_minimum_living_allowance", "per_capita_one_off_relief", "household_attribute", "exit_flag", "identification_standard", "main_poverty_cause",
    ];

    public static readonly string[] MemberColumns =
    [
        "household_id", "member_no", "person_id", "id_number", "relationship", "sex", "birth_date", "education", "schooling", "health", "labour",
        "months_migrant_work", "critical_illness_insured",
    ];

    public static readonly string[] SupplementColumns =
    [
        "household_id", "person_id", "food_and_clothing_secure", "appraisal_held", "verified", "household_consented", "notice_days",
        "unresolved_objections", "announced", "resettled", "registered_business", "commercial_housing", "passenger_car", "car_value",
        "on_government_payroll", "village_cadre", "out_of_school_reason", "medical_insurance_eligible", "medical_insurance_enrolled",
    ];

    public static readonly string[] VillageColumns =
    [
        "village_code", "name", "rural_population", "hardened_road", "electricity", "safe_drinking_water", "clinic", "cultural_centre", "broadband",
        "collective_income", "notice_held", "unresolved_objections", "announced",
    ];

    public static readonly string[] CountyColumns =
    [
        "county_code", "name", "rural_population", "exited_people", "rural_per_capita_income", "exited_people_sampled", "wrongly_exited_people",
        "non_registered_people_sampled", "omitted_poor_people", "households_surveyed", "households_approving", "county_proposal", "city_review",
        "province_verification_and_notice", "province_approval_and_report", "national_assessment", "province_formal_approval",
    ];

    public static string?[] Household(Household h, int incomeYear)
    {
        var income = h.IncomeFor(incomeYear);
        var grade = h.Dwelling?.Grade;
        return
        [
            h.Id, h.VillageCode, Int(h.Members.Count),
            grade is HousingGrade.C or HousingGrade.D ? "1" : grade is HousingGrade.A or HousingGrade.B ? "0" : null,
            grade is { } g ? Int((int)g) : null,
            Flag(h.SafeDrinkingWater), Amount(income?.PerCapitaNet), Amount(income?.Wages), Amount(income?.NetBusiness), Amount(income?.Property),
            Amount(income?.Transfers), Amount(income?.Pension), Amount(income?.MinimumLivingAllowance), Amount(income?.OneOffRelief),
            Code(h.Attribute), Code(h.ExitFlag), Code(h.IdentificationStandard), Code(h.MainPovertyCause),
        ];
    }

    public static string?[] Member(string householdId, int number, Member m, string? idNumber, DateOnly? birthDate) =>
    [
        householdId, Int(number), PersonId(householdId, number), idNumber, Code(m.Relationship), Code(m.Sex),
        birthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Code(m.Education), Code(m.Schooling), Health(m.Health), Code(m.Labour),
        m.MonthsMigrantWork is { } months ? Int(months) : null, Flag(m.CriticalIllnessInsured),
    ];

    public static string?[] HouseholdSupplement(Household h)
    {
        var p = h.ExitProcedure;
        var car = h.Vehicles?.FirstOrDefault(v => v.Kind == VehicleKind.PassengerCar && !v.DisabilityVehicle);
        return
        [
            h.Id, null, Flag(h.FoodAndClothingSecure), Flag(p?.AppraisalHeld), Flag(p?.Verified), Flag(p?.HouseholdConsented),
            p?.NoticeDays is { } days ? Int(days) : null, p?.UnresolvedObjections is { } o ? Int(o) : null, Flag(p?.Announced),
            Flag(h.Dwelling?.Resettled), Flag(h.RegisteredBusiness),
            h.OwnedHousing is null ? null : Flag(h.OwnedHousing.Any(o => o.Kind == DwellingKind.CommercialPurchase)),
            h.Vehicles is null ? null : Flag(car is not null), Amount(car?.Value),
            null, null, null, null, null,
        ];
    }

    public static string?[] MemberSupplement(string householdId, int number, Member m) =>
    [
        householdId, PersonId(householdId, number), null, null, null, null, null, null, null, null, null, null, null, null,
        Flag(m.OnGovernmentPayroll), Flag(m.VillageCadre), Code(m.OutOfSchoolReason), Flag(m.MedicalInsuranceEligible), Flag(m.MedicalInsuranceEnrolled),
    ];

    public static string?[] Village(Village v) =>
    [
        v.Code, v.Name, v.RuralPopulation is { } p ? Int(p) : null, Flag(v.HardenedRoad), Flag(v.Electricity), Flag(v.SafeDrinkingWater), Flag(v.Clinic),
        Flag(v.CulturalCentre), Flag(v.Broadband), Amount(v.CollectiveIncome), Flag(v.Procedure?.NoticeHeld),
        v.Procedure?.UnresolvedObjections is { } o ? Int(o) : null, Flag(v.Procedure?.Announced),
    ];

    public static string?[] County(County c)
    {
        var s = c.Evaluation;
        var p = c.Procedure;
        return
        [
            c.Code, c.Name, Opt(c.RuralPopulation), Opt(c.ExitedPeople), Amount(c.RuralPerCapitaIncome), Opt(s?.ExitedPeopleSampled), Opt(s?.WronglyExitedPeople),
            Opt(s?.NonRegisteredPeopleSampled), Opt(s?.OmittedPoorPeople), Opt(s?.HouseholdsSurveyed), Opt(s?.HouseholdsApproving),
            Flag(p?.CountyProposal), Flag(p?.CityReview), Flag(p?.ProvinceVerificationAndNotice), Flag(p?.ProvinceApprovalAndReport),
            Flag(p?.NationalAssessment), Flag(p?.ProvinceFormalApproval),
        ];
    }

    public static string PersonId(string householdId, int number) => householdId + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Health conditions as codes joined by commas (1 健康, 2 长期慢性病, 3 患有大病, 4 残疾).</summary>
    private static string? Health(HealthConditions? health)
    {
        if (health is not { } h || h == HealthConditions.None)
        {
            return null;
        }

        var codes = new List<string>(4);
        for (var bit = 0; bit < 4; bit++)
        {
            if (((int)h & (1 << bit)) != 0)
            {
                codes.Add(Int(bit + 1));
            }
        }

        return string.Join(',', codes);
    }

    private static string? Opt(int? value) => value is { } v ? Int(v) : null;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value switch { true => "1", false => "0", _ => null };

    private static string? Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Code<T>(T? value)
        where T : struct, Enum => value is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) : null;
}
