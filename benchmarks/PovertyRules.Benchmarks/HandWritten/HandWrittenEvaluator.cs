using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Benchmarks.HandWritten;

/// <summary>The status and the not-met and unknown criteria (bit i = <see cref="HandWrittenEvaluator.Ids"/>[i]).</summary>
internal readonly record struct HandResult(HouseholdStatus Status, int NotMet, int Unknown);

/// <summary>
/// The same household, exit-procedure and exclusion criteria as the rule classes, as one plain C# method per criterion
/// that allocates nothing: the practical speed limit of this work on this machine. It validates the record as
/// <see cref="HouseholdValidator"/> does (without building error messages) so that its statuses match the engine's.
/// </summary>
internal sealed class HandWrittenEvaluator
{
    public static readonly string[] Ids =
    [
        "HH-INCOME", "HH-FOOD-CLOTHING", "HH-EDUCATION", "HH-MEDICAL", "HH-HOUSING", "HH-WATER",
        "PROC-APPRAISAL", "PROC-VERIFICATION", "PROC-CONSENT", "PROC-NOTICE", "PROC-ANNOUNCEMENT",
        "EX-PAYROLL", "EX-BUSINESS", "EX-COMMERCIAL-HOUSING", "EX-CAR",
    ];

    private const int Income = 0, Food = 1, Education = 2, Medical = 3, Housing = 4, Water = 5;
    private const int Appraisal = 6, Verification = 7, Consent = 8, Notice = 9, Announcement = 10;
    private const int Payroll = 11, Business = 12, Commercial = 13, Car = 14;
    private const int ExitMask = 0b111111, ProcedureMask = 0b11111 << 6, ExclusionMask = 0b1111 << 11;
    private const int OldestAge = 130;

    private static readonly bool[] Provinces = ProvinceTable();

    private readonly int[] _years;
    private readonly decimal[] _lines;
    private readonly bool _disposable;
    private readonly TransferExclusions _excluded;
    private readonly decimal? _maxTransferShare;
    private readonly int _fromAge, _toAge, _minimumNoticeDays;
    private readonly DateOnly _ageDate;
    private readonly int _schoolFromBorn, _schoolBeyondBorn, _impossibleBorn;
    private readonly bool _water, _cadres, _cadreExempt, _disabilityExempt, _workVehicles;
    private readonly decimal? _minimumCarValue;

    public HandWrittenEvaluator(PolicyProfile profile)
    {
        var years = profile.YearsAboveLine.Value;
        _years = [.. Enumerable.Range(profile.Year - years + 1, years)];
        _lines = [.. _years.Select(y => profile.PovertyLines[y].Value)];
        _disposable = profile.IncomeMeasure.Value == IncomeMeasure.Disposable;
        _excluded = profile.ExcludedTransfers.Value;
        _maxTransferShare = profile.MaxTransferShare.Value;
        _fromAge = profile.CompulsoryEducationFromAge.Value;
        _toAge = profile.CompulsoryEducationToAge.Value;
        _ageDate = profile.AgeReferenceDate.Value;

        // At least A years old on the date ⇔ born on or before the same day A years earlier (see Member.AgeOn).
        _schoolFromBorn = _ageDate.AddYears(-_fromAge).DayNumber;
        _schoolBeyondBorn = _ageDate.AddYears(-(_toAge + 1)).DayNumber;
        _impossibleBorn = _ageDate.AddYears(-(OldestAge + 1)).DayNumber;
        _minimumNoticeDays = profile.MinimumNoticeDays.Value;
        _water = profile.SafeDrinkingWaterRequired.Value;
        _cadres = profile.VillageCadresExcluded.Value;
        _cadreExempt = profile.CadreWithMajorCauseExempt.Value;
        _disabilityExempt = profile.DisabilityVehicleExempt.Value;
        _minimumCarValue = profile.MinimumExcludingCarValue.Value;
        _workVehicles = profile.WorkVehiclesExcluded.Value;
    }

    /// <summary>Evaluates <paramref name="households"/> into <paramref name="results"/> (same positions).</summary>
    public void Evaluate(ReadOnlySpan<Household?> households, Span<HandResult> results)
    {
        for (var i = 0; i < households.Length; i++)
        {
            results[i] = Evaluate(households[i]);
        }
    }

    public HandResult Evaluate(Household? h)
    {
        if (h is null || !IsValid(h))
        {
            return new HandResult(HouseholdStatus.InvalidInput, 0, 0);
        }

        int notMet = 0, unknown = 0;
        void Put(int criterion, Verdict verdict)
        {
            if (verdict == Verdict.NotMet)
            {
                notMet |= 1 << criterion;
            }
            else if (verdict == Verdict.Unknown)
            {
                unknown |= 1 << criterion;
            }
        }

        Put(Income, IncomeVerdict(h));
        Put(Food, Flag(h.FoodAndClothingSecure));
        var members = h.Members;
        Verdict education = Verdict.Met, medical = Verdict.Met, payroll = Verdict.Met;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            education = Worse(education, EducationVerdict(m));
            medical = Worse(medical, m.MedicalInsuranceEligible switch { null => Verdict.Unknown, false => Verdict.Met, true => Flag(m.MedicalInsuranceEnrolled) });
            payroll = Worse(payroll, PayrollVerdict(m, h));
        }

        Put(Education, education);
        Put(Medical, medical);
        Put(Housing, HousingVerdict(h.Dwelling));
        if (_water)
        {
            Put(Water, Flag(h.SafeDrinkingWater));
        }

        var procedure = h.ExitProcedure;
        Put(Appraisal, Flag(procedure?.AppraisalHeld));
        Put(Verification, Flag(procedure?.Verified));
        Put(Consent, Flag(procedure?.HouseholdConsented));
        Put(Notice, NoticeVerdict(procedure));
        Put(Announcement, Flag(procedure?.Announced));
        Put(Payroll, payroll);
        Put(Business, h.RegisteredBusiness switch { null => Verdict.Unknown, true => Verdict.NotMet, false => Verdict.Met });
        Put(Commercial, CommercialVerdict(h.OwnedHousing));
        Put(Car, CarVerdict(h.Vehicles));
        return new HandResult(StatusOf(notMet, unknown), notMet, unknown);
    }

    /// <summary>The criterion ids whose bits are set in <paramref name="mask"/>.</summary>
    public static IEnumerable<string> IdsOf(int mask)
    {
        for (var i = 0; i < Ids.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                yield return Ids[i];
            }
        }
    }

    public static HouseholdStatus StatusOf(int notMet, int unknown)
    {
        if ((notMet & ExclusionMask) != 0)
        {
            return HouseholdStatus.IneligibleWronglyRegistered;
        }

        if ((notMet & ExitMask) != 0)
        {
            return HouseholdStatus.RemainsPoor;
        }

        if ((unknown & (ExitMask | ExclusionMask)) != 0)
        {
            return HouseholdStatus.Undetermined;
        }

        return ((notMet | unknown) & ProcedureMask) != 0 ? HouseholdStatus.EligibleProcedurePending : HouseholdStatus.MayExit;
    }

    private static Verdict Flag(bool? value) => value switch { null => Verdict.Unknown, true => Verdict.Met, false => Verdict.NotMet };

    private static Verdict Worse(Verdict a, Verdict b) => a == Verdict.NotMet || b == Verdict.NotMet ? Verdict.NotMet : a == Verdict.Unknown || b == Verdict.Unknown ? Verdict.Unknown : Verdict.Met;

    private Verdict IncomeVerdict(Household h)
    {
        var verdict = Verdict.Met;
        for (var y = 0; y < _years.Length; y++)
        {
            AnnualIncome? record = null;
            var incomes = h.Income;
            for (var i = 0; i < incomes.Count; i++)
            {
                if (incomes[i].Year == _years[y])
                {
                    record = incomes[i];
                    break;
                }
            }

            verdict = Worse(verdict, record is null ? Verdict.Unknown : YearVerdict(record, _lines[y]));
            if (verdict == Verdict.NotMet)
            {
                return verdict;
            }
        }

        return verdict;
    }

    private Verdict YearVerdict(AnnualIncome income, decimal line)
    {
        decimal excluded = 0m;
        if (_excluded != TransferExclusions.None)
        {
            if ((_excluded & TransferExclusions.Pension) != 0)
            {
                if (income.Pension is not { } pension)
                {
                    return Verdict.Unknown;
                }

                excluded += pension;
            }

            if ((_excluded & TransferExclusions.MinimumLivingAllowance) != 0)
            {
                if (income.MinimumLivingAllowance is not { } allowance)
                {
                    return Verdict.Unknown;
                }

                excluded += allowance;
            }

            if ((_excluded & TransferExclusions.OneOffRelief) != 0)
            {
                if (income.OneOffRelief is not { } relief)
                {
                    return Verdict.Unknown;
                }

                excluded += relief;
            }
        }

        if ((_disposable ? income.PerCapitaDisposable : income.PerCapitaNet) is not { } total)
        {
            return Verdict.Unknown;
        }

        var tested = total - excluded;
        if (tested <= line)
        {
            return Verdict.NotMet;
        }

        if (_maxTransferShare is not { } cap)
        {
            return Verdict.Met;
        }

        if (income.Transfers is not { } transfers)
        {
            return Verdict.Unknown;
        }

        return transfers - excluded > cap * tested ? Verdict.NotMet : Verdict.Met;
    }

    private Verdict EducationVerdict(Member m)
    {
        bool ofAge;
        if (m.BirthDate is { } born)
        {
            ofAge = born.DayNumber <= _schoolFromBorn && born.DayNumber > _schoolBeyondBorn;
        }
        else if (m.Age is { } age)
        {
            ofAge = age >= _fromAge && age <= _toAge;
        }
        else
        {
            return Verdict.Unknown;
        }

        if (!ofAge)
        {
            return Verdict.Met;
        }

        return m.Schooling switch
        {
            null => Verdict.Unknown,
            SchoolingStatus.NotInSchool => m.OutOfSchoolReason switch
            {
                null => Verdict.Unknown,
                OutOfSchoolReason.Poverty => Verdict.NotMet,
                _ => Verdict.Met,
            },
            _ => Verdict.Met,
        };
    }

    private Verdict PayrollVerdict(Member m, Household h)
    {
        if (m.OnGovernmentPayroll == true)
        {
            return Verdict.NotMet;
        }

        var cadre = !_cadres || m.VillageCadre == false
            ? Verdict.Met
            : m.VillageCadre is null
                ? Verdict.Unknown
                : !_cadreExempt
                    ? Verdict.NotMet
                    : h.MajorPovertyCauseDocumented switch { true => Verdict.Met, false => Verdict.NotMet, null => Verdict.Unknown };
        return cadre == Verdict.Met && m.OnGovernmentPayroll is null ? Verdict.Unknown : cadre;
    }

    private static Verdict HousingVerdict(Dwelling? d)
    {
        if (d is null)
        {
            return Verdict.Unknown;
        }

        if (d.Resettled == true || d.Grade is HousingGrade.A or HousingGrade.B)
        {
            return Verdict.Met;
        }

        return d.Grade is HousingGrade.C or HousingGrade.D && d.Resettled == false ? Verdict.NotMet : Verdict.Unknown;
    }

    private Verdict NoticeVerdict(ExitProcedureRecord? procedure)
    {
        var days = procedure?.NoticeDays;
        var objections = procedure?.UnresolvedObjections;
        if (days < _minimumNoticeDays || objections > 0)
        {
            return Verdict.NotMet;
        }

        return days is null || objections is null ? Verdict.Unknown : Verdict.Met;
    }

    private static Verdict CommercialVerdict(IReadOnlyList<OwnedProperty>? owned)
    {
        if (owned is null)
        {
            return Verdict.Unknown;
        }

        for (var i = 0; i < owned.Count; i++)
        {
            if (owned[i].Kind == DwellingKind.CommercialPurchase)
            {
                return Verdict.NotMet;
            }
        }

        return Verdict.Met;
    }

    private Verdict CarVerdict(IReadOnlyList<Vehicle>? vehicles)
    {
        if (vehicles is null)
        {
            return Verdict.Unknown;
        }

        var verdict = Verdict.Met;
        for (var i = 0; i < vehicles.Count; i++)
        {
            var v = vehicles[i];
            var counted = v.Kind == VehicleKind.PassengerCar
                || (_workVehicles && v.Kind is VehicleKind.FarmVehicle or VehicleKind.Truck or VehicleKind.ConstructionMachinery);
            if (!counted || (v.DisabilityVehicle && _disabilityExempt))
            {
                continue;
            }

            if (_minimumCarValue is not { } minimum)
            {
                return Verdict.NotMet;
            }

            if (v.Value is not { } value)
            {
                verdict = Verdict.Unknown;
            }
            else if (value >= minimum)
            {
                return Verdict.NotMet;
            }
        }

        return verdict;
    }

    private bool IsValid(Household h)
    {
        if (string.IsNullOrWhiteSpace(h.Id) || !IsVillageCode(h.VillageCode) || h.Members is not { Count: > 0 } members)
        {
            return false;
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (!IsValid(members[i]))
            {
                return false;
            }
        }

        var incomes = h.Income;
        for (var i = 0; i < incomes.Count; i++)
        {
            var income = incomes[i];
            if (income is null
                || income.PerCapitaNet < 0 || income.PerCapitaDisposable < 0 || income.Wages < 0 || income.Property < 0
                || income.Transfers < 0 || income.Pension < 0 || income.MinimumLivingAllowance < 0 || income.OneOffRelief < 0)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (incomes[j] is { } earlier && earlier.Year == income.Year)
                {
                    return false;
                }
            }
        }

        if (h.Dwelling is { } dwelling && (dwelling.Grade is not (null or HousingGrade.A or HousingGrade.B or HousingGrade.C or HousingGrade.D or HousingGrade.Other) || dwelling.FloorAreaSquareMetres < 0))
        {
            return false;
        }

        if (h.OwnedHousing is { } owned)
        {
            for (var i = 0; i < owned.Count; i++)
            {
                if (owned[i] is null || owned[i].Kind is not (DwellingKind.CommercialPurchase or DwellingKind.Resettlement or DwellingKind.DisasterRebuild or DwellingKind.SelfBuilt or DwellingKind.Other))
                {
                    return false;
                }
            }
        }

        if (h.Vehicles is { } vehicles)
        {
            for (var i = 0; i < vehicles.Count; i++)
            {
                if (vehicles[i] is null || vehicles[i].Kind is < VehicleKind.PassengerCar or > VehicleKind.Motorcycle || vehicles[i].Value < 0)
                {
                    return false;
                }
            }
        }

        if (h.ExitProcedure is { } procedure && (procedure.NoticeDays < 0 || procedure.UnresolvedObjections < 0))
        {
            return false;
        }

        return h.MainPovertyCause is null or (>= PovertyCause.Illness and <= PovertyCause.Marriage)
            && h.Attribute is null or HouseholdAttribute.Ordinary or HouseholdAttribute.MinimumLivingAllowanceExited or HouseholdAttribute.MinimumLivingAllowance
                or HouseholdAttribute.OrdinaryExited or HouseholdAttribute.DestitutionSupport or HouseholdAttribute.MinimumLivingAllowanceAndDestitutionSupport
            && h.ExitFlag is null or (>= ExitFlag.NotExited and <= ExitFlag.ExitedWithoutSupport)
            && h.IdentificationStandard is null or (>= IdentificationStandard.National and <= IdentificationStandard.Municipal);
    }

    private bool IsValid(Member? m)
    {
        if (m is null || m.Age is < 0 or > OldestAge || m.MonthsMigrantWork is < 0 or > 12)
        {
            return false;
        }

        if (m.BirthDate is { } born && (born > _ageDate || born.DayNumber <= _impossibleBorn))
        {
            return false;
        }

        const HealthConditions known = HealthConditions.Healthy | HealthConditions.ChronicIllness | HealthConditions.SeriousIllness | HealthConditions.Disability;
        return m.Relationship is null or (>= Relationship.Head and <= Relationship.MothersMother) or Relationship.Other
            && m.Sex is null or Sex.Male or Sex.Female or Sex.Unknown
            && m.Education is null or (>= EducationLevel.Illiterate and <= EducationLevel.Preschool)
            && m.Schooling is null or (>= SchoolingStatus.NotInSchool and <= SchoolingStatus.Tertiary)
            && m.OutOfSchoolReason is null or (>= OutOfSchoolReason.Poverty and <= OutOfSchoolReason.CompletedCompulsoryEducation) or OutOfSchoolReason.OtherDocumented
            && m.Labour is null or (>= LabourSkill.Ordinary and <= LabourSkill.Weak)
            && (m.Health is not { } health || (health & ~known) == 0);
    }

    private static bool IsVillageCode(string? code)
    {
        if (code is not { Length: 12 })
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return Provinces[((code[0] - '0') * 10) + (code[1] - '0')] && !(code[4] == '0' && code[5] == '0');
    }

    private static bool[] ProvinceTable()
    {
        var table = new bool[100];
        foreach (var code in (int[])[11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82])
        {
            table[code] = true;
        }

        return table;
    }

    private enum Verdict : byte
    {
        Met,
        NotMet,
        Unknown,
    }
}
