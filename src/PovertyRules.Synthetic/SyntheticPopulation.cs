using PovertyRules.Model;
using System.Collections.Immutable;
using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Synthetic;

/// <summary>
/// A seeded, deterministic synthetic register for benchmarks, tests and demonstrations: households grouped into villages
/// of 100–600 households, villages into counties of 100–400 villages, in Hunan (43) and four western provinces
/// (Guangxi 45, Guizhou 52, Yunnan 53, Gansu 62), with realistic shares: most households meet most criteria, a few
/// percent fail each, about 3% fall in an excluded category, and about one record in 2,000 is malformed. Immutable.
/// </summary>
/// <remarks>
/// Every sequence is lazy and streams: a household is built only when it is read, so a run of 10 million households
/// holds none of them beyond what its consumer keeps. The same seed and profile give the same households, villages and
/// counties on every platform, whatever part of the sequence is read. The figures are invented, not drawn from the
/// register: never use them as statistics. The codes have room for 9,900 counties (some 800 million households); a
/// sequence that reaches further throws <see cref="InvalidOperationException"/> there.
/// </remarks>
/// <example>
/// <code>
/// var population = new SyntheticPopulation(PolicyProfiles.National(2016), seed: 42);
/// foreach (var result in engine.AssessMany(population.Households(1_000_000), profile)) { … }
/// </code>
/// </example>
public sealed class SyntheticPopulation
{
    private const ulong CountyStream = 1, VillageStream = 2, HouseholdStream = 3, VillagePopulationStream = 4, CountyRecordStream = 5, VillageRecordStream = 6;
    private const int MinVillageHouseholds = 100, MaxVillageHouseholds = 600;
    private const int MinCountyVillages = 100, MaxCountyVillages = 400;
    private const int VillagesPerTownship = 20, CountiesPerCity = 20, FirstCountySegment = 21, MaxCities = 99;
    private const int YearsOfIncome = 3;

    private static readonly int[] ProvinceCodes = [43, 45, 52, 53, 62];
    private static readonly int[] HouseholdSizeWeights = [8, 15, 20, 22, 16, 10, 6, 3];
    private static readonly IReadOnlyList<OwnedProperty> NoHousing = ImmutableArray<OwnedProperty>.Empty;
    private static readonly IReadOnlyList<Vehicle> NoVehicles = ImmutableArray<Vehicle>.Empty;

    private readonly (int Year, decimal Line)[] _lines;
    private readonly long[] _lineFen;
    private readonly DateOnly _ageReferenceDate;

    /// <summary>A population whose incomes and ages are drawn around <paramref name="profile"/>'s lines and age date.</summary>
    /// <param name="profile">The profile whose year, poverty lines and age reference date the households are drawn for.</param>
    /// <param name="seed">Any number; the same seed gives the same population.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> has no poverty line for its own year.</exception>
    public SyntheticPopulation(PolicyProfile profile, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var line = profile.PovertyLine(profile.Year)
            ?? throw new ArgumentException($"Profile '{profile.Id}' has no poverty line for its year {profile.Year}.", nameof(profile));
        Profile = profile;
        Seed = seed;
        _ageReferenceDate = profile.AgeReferenceDate.Value;
        _lines = [.. Enumerable.Range(profile.Year - YearsOfIncome + 1, YearsOfIncome)
            .Select(y => (y, profile.PovertyLine(y)?.Value ?? line.Value))];
        _lineFen = [.. _lines.Select(l => (long)decimal.Round(l.Line * 100m))];
    }

    /// <summary>The profile the households are drawn around.</summary>
    public PolicyProfile Profile { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The first <paramref name="count"/> households, village by village, built lazily as they are read.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IEnumerable<Household> Households(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return HouseholdsIterator(count);
    }

    /// <summary>The villages the first <paramref name="householdCount"/> households live in, in the same order (the last may be cut short).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="householdCount"/> is negative.</exception>
    public IEnumerable<SyntheticVillage> Villages(long householdCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(householdCount);
        return Layout(householdCount);
    }

    /// <summary>The counties the first <paramref name="householdCount"/> households live in, in the same order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="householdCount"/> is negative.</exception>
    public IEnumerable<SyntheticCounty> Counties(long householdCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(householdCount);
        return CountiesIterator(householdCount);
    }

    /// <summary>
    /// The villages of the first <paramref name="householdCount"/> households as delisting descriptors, in layout order:
    /// a rural registered population of 8–60 people per registered household (so that incidence spreads across the thresholds), facilities that most villages have,
    /// collective income of 10,000–80,000 yuan and a township notice, each occasionally missing or failing. The
    /// remaining poor people are left unrecorded: a roll-up counts them from the households.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="householdCount"/> is negative.</exception>
    public IEnumerable<Village> VillageRecords(long householdCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(householdCount);
        return Layout(householdCount).Select(CreateVillage);
    }

    /// <summary>
    /// The counties of the first <paramref name="householdCount"/> households as de-capping descriptors, in layout order:
    /// the rural population is the sum of their villages' (as in <see cref="VillageRecords"/>), with a third-party sample
    /// whose rates sit around the thresholds and the six procedure steps mostly done.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="householdCount"/> is negative.</exception>
    public IEnumerable<County> CountyRecords(long householdCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(householdCount);
        return CountyRecordsIterator(householdCount);
    }

    private IEnumerable<County> CountyRecordsIterator(long householdCount)
    {
        string? code = null;
        long population = 0, households = 0;
        foreach (var village in Layout(householdCount))
        {
            if (code is not null && village.CountyCode != code)
            {
                yield return CreateCounty(code, population, households);
                population = 0;
                households = 0;
            }

            code = village.CountyCode;
            population += VillagePopulation(village);
            households += village.HouseholdCount;
        }

        if (code is not null)
        {
            yield return CreateCounty(code, population, households);
        }
    }

    private int VillagePopulation(SyntheticVillage village)
    {
        var r = new SplitMix(Seed, VillagePopulationStream, village.FirstHousehold);
        return village.HouseholdCount * r.Next(8, 61);
    }

    private Village CreateVillage(SyntheticVillage village)
    {
        var r = new SplitMix(Seed, VillageRecordStream, village.FirstHousehold);
        var population = VillagePopulation(village);
        return new Village
        {
            Code = village.Code,
            RuralPopulation = r.Chance(0.002) ? null : population,
            HardenedRoad = r.MostlyYes(no: 0.03, missing: 0.002),
            Electricity = r.MostlyYes(no: 0.005, missing: 0.002),
            SafeDrinkingWater = r.MostlyYes(no: 0.02, missing: 0.002),
            Clinic = r.MostlyYes(no: 0.03, missing: 0.002),
            CulturalCentre = r.MostlyYes(no: 0.1, missing: 0.01),
            Broadband = r.MostlyYes(no: 0.15, missing: 0.01),
            CollectiveIncome = r.Chance(0.01) ? null : r.Next(10, 81) * 1000m,
            Procedure = new DelistingProcedureRecord
            {
                NoticeHeld = r.MostlyYes(no: 0.05, missing: 0.01),
                UnresolvedObjections = r.Chance(0.01) ? null : r.Chance(0.97) ? 0 : 1,
                Announced = r.MostlyYes(no: 0.1, missing: 0.01),
            },
        };
    }

    private County CreateCounty(string code, long population, long households)
    {
        var r = new SplitMix(Seed, CountyRecordStream, long.Parse(code, CultureInfo.InvariantCulture));
        var exitedSampled = r.Next(800, 1600);
        var nonRegisteredSampled = r.Next(2000, 4000);
        var surveyed = r.Next(800, 1200);
        return new County
        {
            Code = code,
            RuralPopulation = (int)Math.Min(population, int.MaxValue),
            ExitedPeople = (int)Math.Min(households * 2, int.MaxValue),
            RuralPerCapitaIncome = r.Next(6000, 12000),
            Evaluation = new ThirdPartySample
            {
                ExitedPeopleSampled = exitedSampled,
                WronglyExitedPeople = (int)(exitedSampled * r.NextDouble() * 0.03),
                NonRegisteredPeopleSampled = nonRegisteredSampled,
                OmittedPoorPeople = (int)(nonRegisteredSampled * r.NextDouble() * 0.03),
                HouseholdsSurveyed = surveyed,
                HouseholdsApproving = (int)(surveyed * (0.86 + (r.NextDouble() * 0.13))),
            },
            Procedure = new DecappingProcedureRecord
            {
                CountyProposal = true,
                CityReview = true,
                ProvinceVerificationAndNotice = r.MostlyYes(no: 0.05, missing: 0.0),
                ProvinceApprovalAndReport = r.MostlyYes(no: 0.1, missing: 0.0),
                NationalAssessment = r.MostlyYes(no: 0.2, missing: 0.02),
                ProvinceFormalApproval = r.MostlyYes(no: 0.3, missing: 0.02),
            },
        };
    }

    private IEnumerable<SyntheticCounty> CountiesIterator(long householdCount)
    {
        string? code = null;
        int villages = 0;
        long households = 0;
        foreach (var village in Layout(householdCount))
        {
            if (code is not null && village.CountyCode != code)
            {
                yield return new SyntheticCounty(code, villages, households);
                villages = 0;
                households = 0;
            }

            code = village.CountyCode;
            villages++;
            households += village.HouseholdCount;
        }

        if (code is not null)
        {
            yield return new SyntheticCounty(code, villages, households);
        }
    }

    private IEnumerable<Household> HouseholdsIterator(long count)
    {
        foreach (var village in Layout(count))
        {
            for (var i = 0; i < village.HouseholdCount; i++)
            {
                yield return CreateHousehold(village.FirstHousehold + i, village.Code, i);
            }
        }
    }

    private IEnumerable<SyntheticVillage> Layout(long householdCount)
    {
        long households = 0;
        for (var county = 0; households < householdCount; county++)
        {
            var countyCode = CountyCode(county);
            var countyRandom = new SplitMix(Seed, CountyStream, county);
            var villages = countyRandom.Next(MinCountyVillages, MaxCountyVillages + 1);
            for (var v = 0; v < villages && households < householdCount; v++)
            {
                var villageRandom = new SplitMix(Seed, VillageStream, ((long)county << 16) | (uint)v);
                var size = (int)Math.Min(villageRandom.Next(MinVillageHouseholds, MaxVillageHouseholds + 1), householdCount - households);
                var code = string.Create(CultureInfo.InvariantCulture, $"{countyCode}{100 + (v / VillagesPerTownship):000}{201 + (v % VillagesPerTownship):000}");
                yield return new SyntheticVillage(code, countyCode, households, size);
                households += size;
            }
        }
    }

    private static string CountyCode(int county)
    {
        var province = ProvinceCodes[county % ProvinceCodes.Length];
        var local = county / ProvinceCodes.Length;
        if (local >= MaxCities * CountiesPerCity)
        {
            throw new InvalidOperationException($"The synthetic layout has codes for {ProvinceCodes.Length * MaxCities * CountiesPerCity:N0} counties; county {county + 1:N0} was asked for.");
        }

        var city = 1 + (local / CountiesPerCity);
        return string.Create(CultureInfo.InvariantCulture, $"{province:00}{city:00}{FirstCountySegment + (local % CountiesPerCity):00}");
    }

    private Household CreateHousehold(long index, string villageCode, int number)
    {
        var r = new SplitMix(Seed, HouseholdStream, index);
        var size = HouseholdSize(ref r);
        var members = ImmutableArray.CreateBuilder<Member>(size);
        var headAge = r.Next(28, 76);
        for (var i = 0; i < size; i++)
        {
            members.Add(CreateMember(ref r, i, headAge));
        }

        var household = new Household
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{villageCode}{number + 1:D4}"),
            VillageCode = villageCode,
            Members = members.MoveToImmutable(),
            Income = Income(ref r),
            FoodAndClothingSecure = r.MostlyYes(no: 0.009, missing: 0.002),
            Dwelling = r.Chance(0.002) ? null : CreateDwelling(ref r),
            SafeDrinkingWater = r.MostlyYes(no: 0.025, missing: 0.004),
            RegisteredBusiness = r.MostlyNo(yes: 0.006, missing: 0.002),
            OwnedHousing = OwnedHousing(ref r),
            Vehicles = Vehicles(ref r),
            MajorPovertyCauseDocumented = r.MostlyYes(no: 0.55, missing: 0.05),
            MainPovertyCause = (PovertyCause)r.Next(1, 13),
            Attribute = r.Chance(0.7) ? HouseholdAttribute.Ordinary : r.Chance(0.8) ? HouseholdAttribute.MinimumLivingAllowance : HouseholdAttribute.DestitutionSupport,
            ExitFlag = Model.ExitFlag.ExitPlanned,
            IdentificationStandard = Model.IdentificationStandard.National,
            ExitProcedure = r.Chance(0.004) ? null : CreateProcedure(ref r),
        };

        return r.Chance(0.0005) ? Malformed(household, ref r) : household;
    }

    private static int HouseholdSize(ref SplitMix r)
    {
        var x = r.Next(0, 100);
        for (var i = 0; i < HouseholdSizeWeights.Length; i++)
        {
            x -= HouseholdSizeWeights[i];
            if (x < 0)
            {
                return i + 1;
            }
        }

        return HouseholdSizeWeights.Length;
    }

    private Member CreateMember(ref SplitMix r, int position, int headAge)
    {
        var (relationship, age) = position switch
        {
            0 => (Relationship.Head, headAge),
            1 => (Relationship.Spouse, Math.Clamp(headAge + r.Next(-5, 6), 20, 90)),
            _ when r.Chance(0.25) => (r.Chance(0.5) ? Relationship.Father : Relationship.Mother, Math.Min(headAge + r.Next(20, 30), 95)),
            _ => (r.Chance(0.5) ? Relationship.Son : Relationship.Daughter, Math.Max(0, Math.Min(headAge - r.Next(18, 40), 30))),
        };
        var adult = age >= 18;
        var dated = r.NextDouble();
        var schooling = Schooling(ref r, age);
        return new Member
        {
            Relationship = relationship,
            Sex = relationship is Relationship.Spouse or Relationship.Daughter or Relationship.Mother ? Sex.Female : Sex.Male,
            BirthDate = dated < 0.95 ? _ageReferenceDate.AddYears(-age).AddDays(-r.Next(0, 365)) : null,
            Age = dated is >= 0.95 and < 0.998 ? age : null,
            Education = age < 6 ? EducationLevel.Preschool : adult ? (EducationLevel)r.Next(1, 5) : EducationLevel.Primary,
            Schooling = schooling,
            OutOfSchoolReason = schooling == SchoolingStatus.NotInSchool && age is >= 6 and <= 15
                ? r.Chance(0.04) ? null : r.Chance(0.6) ? OutOfSchoolReason.Poverty : OutOfSchoolReason.Illness
                : null,
            Health = r.Chance(0.85) ? HealthConditions.Healthy : r.Chance(0.6) ? HealthConditions.ChronicIllness : HealthConditions.Disability,
            Labour = adult && age < 65 ? LabourSkill.Ordinary : LabourSkill.None,
            MonthsMigrantWork = adult && age < 55 && r.Chance(0.4) ? r.Next(3, 13) : 0,
            MedicalInsuranceEligible = r.MostlyYes(no: 0.025, missing: 0.001),
            MedicalInsuranceEnrolled = r.MostlyYes(no: 0.005, missing: 0.001),
            CriticalIllnessInsured = true,
            OnGovernmentPayroll = adult ? r.MostlyNo(yes: 0.0015, missing: 0.0003) : false,
            VillageCadre = adult ? r.MostlyNo(yes: 0.002, missing: 0.0003) : false,
        };
    }

    private static SchoolingStatus? Schooling(ref SplitMix r, int age)
    {
        if (r.Chance(0.001))
        {
            return null;
        }

        return age switch
        {
            < 3 => SchoolingStatus.NotInSchool,
            < 6 => r.Chance(0.8) ? SchoolingStatus.Preschool : SchoolingStatus.NotInSchool,
            <= 15 when r.Chance(0.03) => SchoolingStatus.NotInSchool,
            < 12 => SchoolingStatus.Primary,
            <= 15 => (SchoolingStatus)((int)SchoolingStatus.Grade7 + (age - 13 < 0 ? 0 : Math.Min(age - 13, 2))),
            <= 18 when r.Chance(0.6) => SchoolingStatus.SeniorSecondary1 + (age - 16),
            _ => SchoolingStatus.NotInSchool,
        };
    }

    private ImmutableArray<AnnualIncome> Income(ref SplitMix r)
    {
        // One ratio to the line per household, so that the years agree as they do in a real register. Amounts are
        // worked in whole fen (cents): decimal arithmetic would make generation, not evaluation, the slow part.
        var poor = r.Chance(0.045);
        var ratio = poor ? 0.4 + (0.6 * r.NextDouble()) : 1.02 + (2.5 * r.NextDouble() * r.NextDouble());
        var income = ImmutableArray.CreateBuilder<AnnualIncome>(_lineFen.Length);
        for (var y = 0; y < _lineFen.Length; y++)
        {
            if (r.Chance(0.003))
            {
                continue;
            }

            var line = _lineFen[y];
            var net = (long)(line * ratio * (0.97 + (0.06 * r.NextDouble())));
            if (!poor && net <= line)
            {
                net = line + 100;
            }

            var transfers = (long)(net * (0.1 + (0.3 * r.NextDouble())));
            var earned = net - transfers;
            income.Add(new AnnualIncome
            {
                Year = _lines[y].Year,
                PerCapitaNet = r.Chance(0.002) ? null : Yuan(net),
                PerCapitaDisposable = Yuan(net * 105 / 100),
                Wages = Yuan(earned * 70 / 100),
                NetBusiness = Yuan(earned * 28 / 100),
                Property = Yuan(earned * 2 / 100),
                Transfers = Yuan(transfers),
                Pension = Yuan(transfers * 30 / 100),
                MinimumLivingAllowance = Yuan(transfers * 20 / 100),
                OneOffRelief = 0m,
            });
        }

        return income.DrainToImmutable();
    }

    private static decimal Yuan(long fen) => new((int)(fen & uint.MaxValue), (int)(fen >> 32), 0, isNegative: false, scale: 2);

    private static Dwelling CreateDwelling(ref SplitMix r)
    {
        var x = r.NextDouble();
        HousingGrade? grade = x switch
        {
            < 0.55 => HousingGrade.A,
            < 0.95 => HousingGrade.B,
            < 0.98 => HousingGrade.C,
            < 0.99 => HousingGrade.D,
            < 0.995 => HousingGrade.Other,
            _ => null,
        };
        return new Dwelling
        {
            Grade = grade,
            Resettled = r.MostlyYes(no: 0.92, missing: 0.002),
            FloorAreaSquareMetres = r.Next(40, 160),
        };
    }

    private static IReadOnlyList<OwnedProperty>? OwnedHousing(ref SplitMix r)
    {
        var x = r.NextDouble();
        return x switch
        {
            < 0.003 => null,
            < 0.008 => ImmutableArray.Create(new OwnedProperty(DwellingKind.CommercialPurchase)),
            < 0.05 => ImmutableArray.Create(new OwnedProperty(DwellingKind.Resettlement)),
            < 0.07 => ImmutableArray.Create(new OwnedProperty(DwellingKind.SelfBuilt)),
            _ => NoHousing,
        };
    }

    private static IReadOnlyList<Vehicle>? Vehicles(ref SplitMix r)
    {
        var x = r.NextDouble();
        return x switch
        {
            < 0.003 => null,
            < 0.009 => ImmutableArray.Create(new Vehicle(VehicleKind.PassengerCar) { Value = r.Next(15, 120) * 1000m, DisabilityVehicle = r.Chance(0.1) }),
            < 0.15 => ImmutableArray.Create(new Vehicle(VehicleKind.Motorcycle) { Value = r.Next(2, 8) * 1000m }),
            < 0.22 => ImmutableArray.Create(new Vehicle(VehicleKind.FarmVehicle) { Value = r.Next(5, 30) * 1000m }),
            < 0.23 => ImmutableArray.Create(new Vehicle(VehicleKind.Truck) { Value = r.Next(30, 90) * 1000m }),
            _ => NoVehicles,
        };
    }

    private static ExitProcedureRecord CreateProcedure(ref SplitMix r) => new()
    {
        AppraisalHeld = r.MostlyYes(no: 0.01, missing: 0.003),
        Verified = r.MostlyYes(no: 0.01, missing: 0.003),
        HouseholdConsented = r.MostlyYes(no: 0.01, missing: 0.003),
        NoticeDays = r.Chance(0.003) ? null : r.Chance(0.015) ? r.Next(1, 7) : r.Next(7, 11),
        UnresolvedObjections = r.Chance(0.003) ? null : r.Chance(0.01) ? 1 : 0,
        Announced = r.MostlyYes(no: 0.03, missing: 0.005),
    };

    /// <summary>A copy with one defect a real register has: the bulk path must report it, not drop it.</summary>
    private static Household Malformed(Household household, ref SplitMix r) =>
        r.Next(0, 3) switch
        {
            0 => household with { VillageCode = household.VillageCode[..11] },
            1 => household with { Members = [household.Members[0] with { Age = 150, BirthDate = null }, .. household.Members.Skip(1)] },
            _ => household with { Income = [.. household.Income.Select(i => i with { PerCapitaNet = -i.PerCapitaNet })] },
        };
}
