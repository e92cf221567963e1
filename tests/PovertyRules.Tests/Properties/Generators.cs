using CsCheck;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Properties;

/// <summary>
/// CsCheck generators for households, villages and counties. Numbers cluster on each profile's thresholds and every
/// field may be missing or malformed, so that shrinking has somewhere to go: a failure shrinks towards fewer members,
/// fewer income years, absent records and values nearer zero.
/// </summary>
internal static class Generators
{
    public static readonly Gen<bool?> MaybeBool = Gen.Frequency(
        (1, Gen.Const((bool?)null)), (2, Gen.Const((bool?)false)), (8, Gen.Const((bool?)true)));

    // For the half of the households that should mostly pass: a missing or false fact is rare, so that every outcome,
    // exit included, is reached often enough.
    private static readonly Gen<bool?> MostlyTrue = Gen.Frequency(
        (1, Gen.Const((bool?)null)), (1, Gen.Const((bool?)false)), (150, Gen.Const((bool?)true)));

    private static Gen<T?> Opt<T>(Gen<T> gen, bool clean, int nullWeight = 1, int valueWeight = 9)
        where T : struct => clean ? gen.Select(v => (T?)v) : gen.OrNull(nullWeight, valueWeight);

    private static Gen<T?> OptRef<T>(Gen<T> gen, bool clean, int nullWeight = 1, int valueWeight = 9)
        where T : class => clean ? gen.Select(v => (T?)v) : gen.OrNullRef(nullWeight, valueWeight);

    /// <summary>A value near <paramref name="threshold"/>: on it, a fen either side, or anywhere from 0 to twice it.</summary>
    public static Gen<decimal> Near(decimal threshold) => Gen.Frequency(
        (2, Gen.OneOf(threshold, threshold + 0.01m, threshold - 0.01m)),
        (3, Gen.Int[0, (int)Math.Min(int.MaxValue / 2, Math.Max(1m, threshold * 200m))].Select(cents => cents / 100m)));

    public static Gen<T?> OrNull<T>(this Gen<T> gen, int nullWeight = 1, int valueWeight = 9)
        where T : struct =>
        Gen.Frequency((nullWeight, Gen.Const((T?)null)), (valueWeight, gen.Select(v => (T?)v)));

    public static Gen<T?> OrNullRef<T>(this Gen<T> gen, int nullWeight = 1, int valueWeight = 9)
        where T : class =>
        Gen.Frequency((nullWeight, Gen.Const((T?)null)), (valueWeight, gen.Select(v => (T?)v)));

    public static Gen<Member> Member(bool clean) =>
        Gen.Select(
            clean ? Gen.Int[16, 90].Select(a => (int?)a) : Gen.Int[0, 90].OrNull(),
            Opt(Gen.Enum<SchoolingStatus>(), clean),
            Gen.Enum<OutOfSchoolReason>().OrNull(1, 3),
            Opt(Gen.Enum<Relationship>(), clean),
            clean ? Gen.Select(MostlyTrue, MostlyTrue, MostlyTrue, MostlyTrue) : Gen.Select(MaybeBool, MaybeBool, MaybeBool, MaybeBool),
            (age, schooling, reason, relationship, flags) => new Member
            {
                Age = age,
                Schooling = schooling,
                OutOfSchoolReason = reason,
                Relationship = relationship,
                MedicalInsuranceEligible = flags.Item1,
                MedicalInsuranceEnrolled = flags.Item2,
                OnGovernmentPayroll = flags.Item3 is { } payroll ? !payroll : null,
                VillageCadre = flags.Item4 is { } cadre ? !cadre : null,
            });

    public static Gen<AnnualIncome> Income(int year, decimal line, bool clean) =>
        Gen.Select(
            Opt(Near(line), clean, 1, 20),
            Opt(Near(line), clean, 1, 3),
            Opt(Gen.Int[0, (int)(line * 50m)].Select(c => c / 100m), clean),
            Opt(Gen.OneOf(0m, 50m, 120m), clean),
            Opt(Gen.OneOf(0m, 100m, 300m), clean),
            Opt(Gen.OneOf(0m, 20m), clean),
            Gen.Int[0, 200].Select(i => i == 0),
            (net, disposable, transfers, pension, allowance, relief, negative) => new AnnualIncome
            {
                Year = year,
                PerCapitaNet = negative ? -1m : net,
                PerCapitaDisposable = disposable,
                Transfers = transfers,
                Pension = pension,
                MinimumLivingAllowance = allowance,
                OneOffRelief = relief,
            });

    private static readonly Gen<Vehicle> Vehicle =
        Gen.Select(Gen.Enum<VehicleKind>(), Gen.OneOf(0m, 29_999.99m, 30_000m, 30_000.01m, 120_000m).OrNull(), Gen.Int[0, 9].Select(i => i == 0),
            (kind, value, disability) => new Vehicle(kind) { Value = value, DisabilityVehicle = disability });

    private static Gen<ExitProcedureRecord> Procedure(Gen<bool?> maybe, bool clean) =>
        Gen.Select(maybe, maybe, maybe, Opt(Gen.Int[0, 10], clean), Opt(Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[-1, 2])), clean), maybe,
            (appraisal, verified, consented, days, objections, announced) => new ExitProcedureRecord
            {
                AppraisalHeld = appraisal,
                Verified = verified,
                HouseholdConsented = consented,
                NoticeDays = days,
                UnresolvedObjections = objections,
                Announced = announced,
            });

    /// <summary>Half adversarial households (any fact missing or false), half mostly passing ones, so every outcome is reached.</summary>
    public static Gen<Household> Household(PolicyProfile profile) =>
        Gen.Frequency((1, Household(profile, clean: false)), (1, Household(profile, clean: true)));

    private static Gen<Household> Household(PolicyProfile profile, bool clean)
    {
        var year = profile.Year;
        var maybe = clean ? MostlyTrue : MaybeBool;
        var line = (int y) => profile.PovertyLines.TryGetValue(y, out var l) ? l.Value : 3000m;
        var income = Gen.Select(
            Income(year, line(year), clean).OrNullRef(1, 19),
            Income(year - 1, line(year - 1), clean).OrNullRef(clean ? 1 : 3, clean ? 19 : 7),
            Income(year - 2, line(year - 2), clean).OrNullRef(3, 7),
            (a, b, c) => new[] { a, b, c }.OfType<AnnualIncome>().ToList());
        var facts = Gen.Select(maybe, maybe, maybe, maybe, Opt(Gen.Enum<HousingGrade>(), clean), maybe);
        var property = Gen.Enum<DwellingKind>().Select(kind => new OwnedProperty(kind)).List[0, clean ? 1 : 2].OrNullRef();
        return Gen.Select(
            clean ? Gen.OneOf("431226101201", "522301101201", "150102001001") : Gen.OneOf("431226101201", "522301101201", "150102001001", "12345"),
            Member(clean).List[clean ? 1 : 0, 6],
            income,
            facts,
            property,
            Vehicle.List[0, clean ? 1 : 2].OrNullRef(),
            OptRef(Procedure(maybe, clean), clean),
            (village, members, incomes, f, owned, vehicles, procedure) => new Household
            {
                Id = "P",
                VillageCode = village,
                Members = members,
                Income = incomes,
                FoodAndClothingSecure = f.Item1 is { } fc ? fc : null,
                SafeDrinkingWater = f.Item2,
                RegisteredBusiness = f.Item3 is { } business ? !business : null,
                MajorPovertyCauseDocumented = f.Item4,
                Dwelling = f.Item5 is { } grade ? new Dwelling { Grade = grade, Resettled = f.Item6 } : null,
                OwnedHousing = owned,
                Vehicles = vehicles,
                ExitProcedure = procedure,
            });
    }

    public static Gen<(Village Village, int Rejected)> Village(PolicyProfile profile) =>
        Gen.Select(
            Gen.OneOf("431226101201", "522301101201", "150102001001", "12345"),
            Gen.Frequency((1, Gen.OneOf(0, -5)), (20, Gen.Int[1, 3_000])).OrNull(1, 30),
            Gen.Int[0, 1000].OrNull(1, 30),
            Gen.Select(MaybeBool, MaybeBool, MaybeBool, MaybeBool, MaybeBool, MaybeBool),
            Near(40_000m).OrNull(1, 20),
            Gen.Select(MaybeBool, Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[-1, 2])).OrNull(), MaybeBool).OrNull(1, 20),
            Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[1, 2])),
            (code, population, permille, facilities, collective, procedure, rejected) => (new Village
            {
                Code = code,
                RuralPopulation = population,
                RemainingPoorPeople = permille is { } m && population is > 0 and var p ? (int)(p * (long)m / 1000 / 10) : permille,
                HardenedRoad = facilities.Item1,
                Electricity = facilities.Item2,
                SafeDrinkingWater = facilities.Item3,
                Clinic = facilities.Item4,
                CulturalCentre = facilities.Item5,
                Broadband = facilities.Item6,
                CollectiveIncome = collective,
                Procedure = procedure is { } r ? new DelistingProcedureRecord { NoticeHeld = r.Item1, UnresolvedObjections = r.Item2, Announced = r.Item3 } : null,
            }, rejected));

    public static Gen<(County County, int Rejected)> County(PolicyProfile profile) =>
        Gen.Select(
            Gen.OneOf("431226", "522301", "150102", "433101", "12"),
            Gen.Frequency((1, Gen.OneOf(0, -5)), (20, Gen.Int[1_000, 500_000])).OrNull(1, 30),
            Gen.Int[0, 60].OrNull(1, 30),
            Gen.Int[0, 10_000].OrNull(1, 10),
            Near(8_000m).OrNull(1, 20),
            Sample(profile).OrNullRef(1, 20),
            Gen.Select(MaybeBool, MaybeBool, MaybeBool, MaybeBool, MaybeBool, MaybeBool).OrNull(1, 20),
            Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[1, 2])),
            (code, population, permille, exited, income, sample, steps, rejected) => (new County
            {
                Code = code,
                RuralPopulation = population,
                RemainingPoorPeople = permille is { } m && population is > 0 and var p ? (int)(p * (long)m / 1000) : permille,
                ExitedPeople = exited,
                RuralPerCapitaIncome = income,
                Evaluation = sample,
                Procedure = steps is { } s ? new DecappingProcedureRecord
                {
                    CountyProposal = s.Item1,
                    CityReview = s.Item2,
                    ProvinceVerificationAndNotice = s.Item3,
                    ProvinceApprovalAndReport = s.Item4,
                    NationalAssessment = s.Item5,
                    ProvinceFormalApproval = s.Item6,
                } : null,
            }, rejected));

    private static Gen<ThirdPartySample> Sample(PolicyProfile profile)
    {
        Gen<(int?, int?)> Part(decimal threshold) =>
            Gen.Select(Gen.Int[0, 2_000], Gen.Int[0, 3], (n, shift) => n == 0
                ? ((int?)0, (int?)0)
                : ((int?)n, (int?)Math.Max(0, (int)(n * threshold) + shift - 1)));
        return Gen.Select(
            Part(profile.WrongExitRateThreshold.Value), Part(profile.OmissionRateThreshold.Value), Part(profile.PublicApprovalThreshold.Value),
            (wrong, omitted, approval) => new ThirdPartySample
            {
                ExitedPeopleSampled = wrong.Item1,
                WronglyExitedPeople = wrong.Item2,
                NonRegisteredPeopleSampled = omitted.Item1,
                OmittedPoorPeople = omitted.Item2,
                HouseholdsSurveyed = approval.Item1,
                HouseholdsApproving = approval.Item2,
            });
    }
}
