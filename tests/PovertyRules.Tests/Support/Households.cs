using PovertyRules.Model;

namespace PovertyRules.Tests.Support;

/// <summary>Households for tests: <see cref="Exiting"/> meets every criterion; tests change one thing with <c>with</c>.</summary>
internal static class Households
{
    public const string Village = "431226101201";
    public const string WesternVillage = "522301101201";

    public static Member Adult(int age = 45) => new()
    {
        Relationship = Relationship.Head,
        Age = age,
        Schooling = SchoolingStatus.NotInSchool,
        MedicalInsuranceEligible = true,
        MedicalInsuranceEnrolled = true,
        OnGovernmentPayroll = false,
        VillageCadre = false,
    };

    public static Member Child(int age, SchoolingStatus schooling = SchoolingStatus.Primary) => new()
    {
        Relationship = Relationship.Son,
        Age = age,
        Schooling = schooling,
        MedicalInsuranceEligible = true,
        MedicalInsuranceEnrolled = true,
        OnGovernmentPayroll = false,
        VillageCadre = false,
    };

    public static ExitProcedureRecord CompleteProcedure => new()
    {
        AppraisalHeld = true,
        Verified = true,
        HouseholdConsented = true,
        NoticeDays = 7,
        UnresolvedObjections = 0,
        Announced = true,
    };

    /// <summary>A household that may exit under the 2016 national profile (income 3,400 against a line of 2,952).</summary>
    public static Household Exiting(string id = "H1", int year = 2016, decimal income = 3400m) => new()
    {
        Id = id,
        VillageCode = Village,
        Members = [Adult(), Child(10)],
        Income = [new AnnualIncome { Year = year, PerCapitaNet = income }],
        FoodAndClothingSecure = true,
        Dwelling = new Dwelling { Grade = HousingGrade.A, Resettled = false },
        SafeDrinkingWater = true,
        RegisteredBusiness = false,
        OwnedHousing = [],
        Vehicles = [],
        ExitProcedure = CompleteProcedure,
    };

    public static Household WithIncome(this Household household, int year, decimal perCapitaNet) =>
        household with { Income = [new AnnualIncome { Year = year, PerCapitaNet = perCapitaNet }] };

    public static Household WithMember(this Household household, Member member) =>
        household with { Members = [.. household.Members, member] };
}
