using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// Seeded adversarial households: every field may be missing, numbers cluster on the thresholds, and a few records
/// are malformed. Not realistic shares — the point is to reach every branch of every criterion.
/// </summary>
internal sealed class RandomHouseholds(int seed)
{
    private readonly Random _random = new(seed);

    private bool Chance(double p) => _random.NextDouble() < p;

    private bool? Maybe(double yes = 0.85, double missing = 0.05) =>
        Chance(missing) ? null : Chance(yes);

    private T Pick<T>(params T[] items) => items[_random.Next(items.Length)];

    private decimal Around(decimal threshold) =>
        _random.Next(6) switch
        {
            0 => threshold,
            1 => threshold + 0.01m,
            2 => threshold - 0.01m,
            3 => threshold * 0.5m,
            _ => Math.Round(threshold * (decimal)(0.6 + _random.NextDouble()), 2),
        };

    public Household Next(int index, PolicyProfile profile)
    {
        var year = profile.Year;
        var members = Enumerable.Range(0, _random.Next(Chance(0.01) ? 0 : 1, 7)).Select(_ => NextMember(profile)).ToList();
        var income = new List<AnnualIncome>();
        for (var y = year - 2; y <= year; y++)
        {
            if (Chance(y == year ? 0.95 : 0.7))
            {
                var line = profile.PovertyLines.TryGetValue(y, out var l) ? l.Value : 3000m;
                var net = Chance(0.03) ? (decimal?)null : Around(line);
                income.Add(new AnnualIncome
                {
                    Year = y,
                    PerCapitaNet = Chance(0.005) ? -1m : net,
                    PerCapitaDisposable = Chance(0.2) ? null : Around(line),
                    Transfers = Chance(0.1) ? null : Math.Round((net ?? 1000m) * (decimal)_random.NextDouble(), 2),
                    Pension = Chance(0.1) ? null : Pick(0m, 50m, 120m),
                    MinimumLivingAllowance = Chance(0.1) ? null : Pick(0m, 100m, 300m),
                    OneOffRelief = Chance(0.1) ? null : Pick(0m, 20m),
                });
            }
        }

        return new Household
        {
            Id = $"R{index}",
            VillageCode = Chance(0.005) ? "12345" : Pick("431226101201", "522301101201", "150102001001"),
            Members = members,
            Income = income,
            FoodAndClothingSecure = Maybe(0.95),
            Dwelling = Chance(0.03) ? null : new Dwelling
            {
                Grade = Chance(0.05) ? null : Pick(HousingGrade.A, HousingGrade.B, HousingGrade.B, HousingGrade.C, HousingGrade.D, HousingGrade.Other),
                Resettled = Maybe(0.1),
            },
            SafeDrinkingWater = Maybe(0.9),
            RegisteredBusiness = Maybe(0.03),
            OwnedHousing = Chance(0.05) ? null : Enumerable.Range(0, _random.Next(3))
                .Select(_ => new OwnedProperty(Pick(DwellingKind.CommercialPurchase, DwellingKind.Resettlement, DwellingKind.DisasterRebuild, DwellingKind.SelfBuilt, DwellingKind.Other)))
                .Where(d => d.Kind != DwellingKind.CommercialPurchase || Chance(0.2)).ToList(),
            Vehicles = Chance(0.05) ? null : Enumerable.Range(0, _random.Next(3))
                .Select(_ => new Vehicle(Pick(VehicleKind.PassengerCar, VehicleKind.FarmVehicle, VehicleKind.Truck, VehicleKind.ConstructionMachinery, VehicleKind.Motorcycle))
                {
                    Value = Chance(0.2) ? null : Around(30000m),
                    DisabilityVehicle = Chance(0.2),
                })
                .Where(v => v.Kind != VehicleKind.PassengerCar || Chance(0.3)).ToList(),
            MajorPovertyCauseDocumented = Maybe(0.5, 0.2),
            ExitProcedure = Chance(0.1) ? null : new ExitProcedureRecord
            {
                AppraisalHeld = Maybe(0.9),
                Verified = Maybe(0.9),
                HouseholdConsented = Maybe(0.9),
                NoticeDays = Chance(0.05) ? null : Chance(0.003) ? -1 : _random.Next(3, 12),
                UnresolvedObjections = Chance(0.05) ? null : Chance(0.9) ? 0 : _random.Next(1, 3),
                Announced = Maybe(0.8),
            },
        };
    }

    private Member NextMember(PolicyProfile profile)
    {
        var useBirthDate = Chance(0.5);
        var age = _random.Next(0, 90);
        var reference = profile.AgeReferenceDate.Value;
        return new Member
        {
            Relationship = Pick(Relationship.Head, Relationship.Spouse, Relationship.Son, Relationship.Daughter, Relationship.Grandson),
            Age = useBirthDate || Chance(0.03) ? null : Chance(0.3) ? Pick(5, 6, 15, 16) : age,
            BirthDate = useBirthDate ? reference.AddYears(-Pick(5, 6, 15, 16, age)).AddDays(Pick(-1, 0, 1, 200)) : null,
            Schooling = Chance(0.05) ? null : Pick(SchoolingStatus.NotInSchool, SchoolingStatus.Primary, SchoolingStatus.Grade8, SchoolingStatus.Preschool),
            OutOfSchoolReason = Chance(0.1) ? null : Pick(OutOfSchoolReason.Poverty, OutOfSchoolReason.DisabilityHomeSchooled, OutOfSchoolReason.Illness, OutOfSchoolReason.CompletedCompulsoryEducation),
            MedicalInsuranceEligible = Maybe(0.9, 0.02),
            MedicalInsuranceEnrolled = Maybe(0.95, 0.02),
            OnGovernmentPayroll = Maybe(0.01, 0.02),
            VillageCadre = Maybe(0.02, 0.02),
        };
    }
}
