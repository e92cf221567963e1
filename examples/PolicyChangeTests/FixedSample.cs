using PovertyRules.Model;

namespace PolicyChangeTests;

/// <summary>
/// The working group's fixed samples: the same 2,000 households and 200 villages on every run (seeded). A real team
/// would draw them once from a register extract and check them in (read households with <c>ScenarioFile.LoadHouseholds</c>).
/// </summary>
internal static class FixedSample
{
    public static IReadOnlyList<Household> Households { get; } = Create(seed: 20160501, count: 2_000);

    /// <summary>
    /// 200 villages, half in a western county (Guizhou 522301) and half in a central one (Hunan 431226), with incidence
    /// spread over 0–4%, every facility and the procedure done: only incidence can tell them apart.
    /// </summary>
    public static IReadOnlyList<Village> Villages { get; } = CreateVillages(seed: 20160502, count: 200);

    private static List<Household> Create(int seed, int count)
    {
        var random = new Random(seed);
        string[] villages = ["431226101201", "431226102203", "431227105001", "433101105001"];
        var households = new List<Household>(count);
        for (var i = 0; i < count; i++)
        {
            households.Add(new Household
            {
                Id = $"FS{i:0000}",
                VillageCode = villages[random.Next(villages.Length)],
                Members = [Member(Relationship.Head, 30 + random.Next(40)), Member(Relationship.Son, 6 + random.Next(10))],
                // Incomes of households near exit cluster a little above the 2016 line.
                Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 2600m + random.Next(0, 2400) }],
                FoodAndClothingSecure = random.NextDouble() < 0.98,
                Dwelling = new Dwelling { Grade = random.NextDouble() < 0.95 ? HousingGrade.B : HousingGrade.C, Resettled = false },
                SafeDrinkingWater = random.NextDouble() < 0.93,
                RegisteredBusiness = false,
                OwnedHousing = [],
                Vehicles = [],
                ExitProcedure = new ExitProcedureRecord
                {
                    AppraisalHeld = true, Verified = true, HouseholdConsented = true, NoticeDays = 7, UnresolvedObjections = 0, Announced = true,
                },
            });
        }

        return households;
    }

    private static List<Village> CreateVillages(int seed, int count)
    {
        var random = new Random(seed);
        var villages = new List<Village>(count);
        for (var i = 0; i < count; i++)
        {
            var population = 800 + random.Next(1_200);
            villages.Add(new Village
            {
                Code = $"{(i % 2 == 0 ? "522301" : "431226")}{101 + (i / 100):000}{200 + (i % 100):000}",
                RuralPopulation = population,
                RemainingPoorPeople = population * random.Next(400) / 10_000,
                HardenedRoad = true,
                Electricity = true,
                SafeDrinkingWater = true,
                Clinic = true,
                Procedure = new DelistingProcedureRecord { NoticeHeld = true, UnresolvedObjections = 0, Announced = true },
            });
        }

        return villages;
    }

    private static Member Member(Relationship relationship, int age) => new()
    {
        Relationship = relationship,
        Age = age,
        Schooling = age <= 15 ? SchoolingStatus.Primary : SchoolingStatus.NotInSchool,
        MedicalInsuranceEligible = true,
        MedicalInsuranceEnrolled = true,
        OnGovernmentPayroll = false,
        VillageCadre = false,
    };
}
