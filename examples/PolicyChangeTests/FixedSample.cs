using PovertyRules.Model;

namespace PolicyChangeTests;

/// <summary>
/// The working group's fixed sample: the same 2,000 households on every run (seeded). A real team would draw it once
/// from a register extract and check it in (read it with <c>ScenarioFile.LoadHouseholds</c>).
/// </summary>
internal static class FixedSample
{
    public static IReadOnlyList<Household> Households { get; } = Create(seed: 20160501, count: 2_000);

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
