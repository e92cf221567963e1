using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Data.Roster;

/// <summary>
/// Builds one household from its consecutive rows. Every value it cannot read becomes a read error naming the file,
/// line and column, and leaves its field unrecorded; the household is always built, so that it yields one result.
/// </summary>
internal sealed class HouseholdBuilder
{
    private static readonly char[] HealthSeparators = [',', '，', '、', ';', '；'];
    private readonly string _source;
    private readonly string?[] _headers;
    private readonly bool[] _divide;
    private readonly RosterOptions _options;
    private readonly CompactHashMap _households;
    private readonly CompactHashMap? _persons;
    private readonly Supplement? _supplement;
    private readonly string?[] _household = new string?[ColumnCatalogue.Count];
    private readonly int[] _householdColumns;
    private readonly object?[] _parsed = new object?[ColumnCatalogue.Count];
    private List<ReadError>? _errors;

    /// <summary>A builder for one source; <paramref name="expectedPersons"/> (0: unknown) sizes the duplicate-person table once.</summary>
    public HouseholdBuilder(string source, string?[] headers, bool[] divide, RosterOptions options, Supplement? supplement, long expectedPersons = 0)
    {
        _source = source;
        _headers = headers;
        _divide = divide;
        _options = options;
        _supplement = supplement;
        _persons = options.CheckDuplicatePersons ? new CompactHashMap(expectedPersons) : null;

        // Households have a few persons each (the register's average is about three): a table sized for a third of the
        // rows rarely grows, where one grown from nothing doubles a dozen times and leaves each old array as garbage.
        _households = new CompactHashMap(expectedPersons / 3);
        _householdColumns = [.. Enumerable.Range(0, ColumnCatalogue.Count).Where(c => ColumnCatalogue.HouseholdLevel[c] && headers[c] is not null)];
    }

    public Household Build(IReadOnlyList<RosterRow> rows, bool checkConsecutive)
    {
        _errors = null;
        var first = rows[0];
        var id = first[RosterColumn.HouseholdId] ?? string.Empty;
        if (id.Length == 0)
        {
            Error(nameof(Household.Id), "户编号 is blank: every row must name its household", first, RosterColumn.HouseholdId);
        }
        else if (checkConsecutive && !_households.TryAdd(first.HouseholdKey != 0 ? first.HouseholdKey : KeyHash.Of(id), first.Line, out var earlier))
        {
            Error(nameof(Household.Id),
                string.Create(CultureInfo.InvariantCulture,
                    $"rows of household {id} are not consecutive: its rows from line {earlier} and again from line {first.Line}, with other households between"),
                first, RosterColumn.HouseholdId);
        }

        var household = _household;
        Array.Clear(household);
        foreach (var c in _householdColumns)
        {
            RosterRow? holder = null;
            // Indexed, not foreach: the rows come as a read-only list, whose enumerator would be boxed once per column.
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var value = row.Cells[c];
                if (value is null)
                {
                    continue;
                }

                if (holder is null)
                {
                    holder = row;
                    household[c] = value;
                }
                else if (value != household[c] && !SameNumber(value, household[c]!))
                {
                    Error(Field((RosterColumn)c),
                        string.Create(CultureInfo.InvariantCulture,
                            $"{_headers[c]} differs within household {id}: '{household[c]}' on line {holder.Line}, '{value}' on line {row.Line} (a household column must agree on every member row)"),
                        row, (RosterColumn)c);
                }
            }
        }

        var members = new Member[rows.Count];
        var heads = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            members[i] = BuildMember(rows[i], i);
            if (members[i].Relationship == Relationship.Head)
            {
                heads++;
            }
        }

        if (heads == 0 && _headers[(int)RosterColumn.Relationship] is not null)
        {
            Error(nameof(Household.Members),
                $"household {id} has no head: no row has 与户主关系 本人或户主 (01) among lines {Lines(rows)}", first, RosterColumn.Relationship);
        }
        else if (heads > 1)
        {
            Error(nameof(Household.Members), $"household {id} has {heads} heads, on lines {HeadLines(rows, members)}", first, RosterColumn.Relationship);
        }
        else if (heads == 1 && members[0].Relationship != Relationship.Head)
        {
            // The model lists the head first; the rows keep their own locations, so moving the head loses nothing.
            var head = Array.FindIndex(members, m => m.Relationship == Relationship.Head);
            members = [members[head], .. members[..head], .. members[(head + 1)..]];
        }

        if (household[(int)RosterColumn.HouseholdSize] is { } sizeText)
        {
            if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                Error("Members.Count", $"'{sizeText}' is not a whole number of people", HolderOf(rows, RosterColumn.HouseholdSize), RosterColumn.HouseholdSize);
            }
            else if (size != rows.Count)
            {
                Error("Members.Count",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{_headers[(int)RosterColumn.HouseholdSize]} says {size} but household {id} has {rows.Count} rows (lines {Lines(rows)})"),
                    HolderOf(rows, RosterColumn.HouseholdSize), RosterColumn.HouseholdSize);
            }
        }

        var supplement = id.Length > 0 ? _supplement?.Take(id) : null;
        var result = new Household
        {
            Id = id,
            VillageCode = VillageCode(household, rows),
            // Handed over as an immutable array, which the model keeps as it is instead of copying.
            Members = ImmutableCollectionsMarshal.AsImmutableArray(members),
            Income = Income(household, rows),
            Dwelling = Dwelling(household, rows, supplement),
            SafeDrinkingWater = Flag(household, rows, RosterColumn.SafeDrinkingWater, nameof(Household.SafeDrinkingWater)),
            MainPovertyCause = Code(household, rows, RosterColumn.MainPovertyCause, CodeTables.PovertyCause, nameof(Household.MainPovertyCause))
                ?? Code(household, rows, RosterColumn.PovertyCause1, CodeTables.PovertyCause, nameof(Household.MainPovertyCause)),
            Attribute = Code(household, rows, RosterColumn.Attribute, CodeTables.Attribute, nameof(Household.Attribute)),
            ExitFlag = Code(household, rows, RosterColumn.ExitFlag, CodeTables.ExitFlag, nameof(Household.ExitFlag)),
            IdentificationStandard = Code(household, rows, RosterColumn.IdentificationStandard, CodeTables.IdentificationStandard, nameof(Household.IdentificationStandard)),
            Monitoring = Monitoring(household, rows),
            Source = new SourceLocation(_source, first.Line),
        };

        if (supplement is not null)
        {
            result = Join(result, supplement);
        }

        result = Assume(result);
        return _errors is null ? result : result with { ReadErrors = _errors };
    }

    /// <summary>
    /// Checks a row's ID number as the row is read, and starts fetching the slots its lookups will need (the person's
    /// in the duplicate-person table and, for a household's first row, the household's): at millions of persons those
    /// tables are far larger than the processor's caches, and the fetches then run while the rest of the household's
    /// rows are read instead of each lookup waiting for memory when the household is built.
    /// </summary>
    public void Admit(RosterRow row, bool firstOfHousehold)
    {
        var facts = IdNumberFacts.Of(row[RosterColumn.IdNumber]);
        row.IdNumber = facts;
        if (facts.Problem is null && facts.Key != 0)
        {
            _persons?.Prefetch(facts.Key);
        }

        row.HouseholdKey = 0;
        if (firstOfHousehold && row[RosterColumn.HouseholdId] is { Length: > 0 } id)
        {
            row.HouseholdKey = KeyHash.Of(id);
            _households.Prefetch(row.HouseholdKey);
        }
    }

    private Member BuildMember(RosterRow row, int index)
    {
        FieldPath F(string field) => new(index, field);
        DateOnly? birth = null;
        Sex? sexFromId = null;
        var idNumber = row[RosterColumn.IdNumber];
        var check = row.IdNumber;
        if (idNumber is null)
        {
            Error(F(nameof(Member.IdNumber)), "证件号码 is blank: it is required (birth date and sex come from it)", row, RosterColumn.IdNumber);
        }
        else if (check.Problem is { } problem)
        {
            Error(F(nameof(Member.IdNumber)), problem, row, RosterColumn.IdNumber);
        }
        else
        {
            birth = check.BirthDate;
            sexFromId = check.Sex;
            if (_persons is not null && !_persons.TryAdd(check.Key, row.Line, out var earlier))
            {
                Error(F(nameof(Member.IdNumber)),
                    string.Create(CultureInfo.InvariantCulture, $"{PersonalIdNumber.Mask(idNumber)} is already on line {earlier}: a person is registered twice"),
                    row, RosterColumn.IdNumber);
            }
        }

        if (row[RosterColumn.BirthDate] is { } birthText)
        {
            if (DateOnly.TryParseExact(birthText, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                birth = date;
            }
            else
            {
                Error(F(nameof(Member.BirthDate)), $"'{birthText}' is not a date (yyyy-MM-dd)", row, RosterColumn.BirthDate);
            }
        }

        var relationship = Code(row, RosterColumn.Relationship, CodeTables.Relationship, F(nameof(Member.Relationship)));
        if (row[RosterColumn.Relationship] is null && _headers[(int)RosterColumn.Relationship] is not null)
        {
            Error(F(nameof(Member.Relationship)), "与户主关系 is blank: it is required", row, RosterColumn.Relationship);
        }

        var critical = Flag(row, RosterColumn.CriticalIllnessInsured, F(nameof(Member.CriticalIllnessInsured)));
        var months = Integer(row, RosterColumn.MonthsMigrantWork, F(nameof(Member.MonthsMigrantWork)), 0, 12);
        return new Member
        {
            PersonId = row[RosterColumn.PersonId],
            Name = row[RosterColumn.Name],
            IdNumber = idNumber,
            Relationship = relationship,
            Sex = Code(row, RosterColumn.Sex, CodeTables.Sex, F(nameof(Member.Sex))) ?? sexFromId,
            BirthDate = birth,
            Education = Code(row, RosterColumn.Education, CodeTables.Education, F(nameof(Member.Education))),
            Schooling = Code(row, RosterColumn.Schooling, CodeTables.Schooling, F(nameof(Member.Schooling))),
            Health = Health(row, F(nameof(Member.Health))),
            Labour = Code(row, RosterColumn.Labour, CodeTables.Labour, F(nameof(Member.Labour))),
            MonthsMigrantWork = months,
            CriticalIllnessInsured = critical,

            // 城乡居民大病保险 covers every enrollee of the resident basic medical insurance (国办发〔2015〕57号), so 是 says
            // the member is enrolled in basic insurance; 否 does not say whether the member should be (employee insurance,
            // another scheme), so it leaves both unrecorded.
            MedicalInsuranceEligible = critical == true ? true : null,
            MedicalInsuranceEnrolled = critical == true ? true : null,
            Source = new SourceLocation(_source, row.Line),
        };
    }

    private string VillageCode(string?[] household, IReadOnlyList<RosterRow> rows)
    {
        if (household[(int)RosterColumn.VillageCode] is { } code)
        {
            return code;
        }

        if (household[(int)RosterColumn.Village] is { } village)
        {
            if (AdministrativeCode.TryParse(village, out _, out _))
            {
                return village;
            }

            if (_options.VillageCodes?.TryGetValue(village, out var mapped) == true)
            {
                return mapped;
            }

            Error(nameof(Household.VillageCode),
                $"行政村 '{village}' is not a 12-digit village code and has no entry in the options' VillageCodes", HolderOf(rows, RosterColumn.Village), RosterColumn.Village);
            return string.Empty;
        }

        var column = _headers[(int)RosterColumn.VillageCode] is not null ? RosterColumn.VillageCode : RosterColumn.Village;
        Error(nameof(Household.VillageCode), $"{_headers[(int)column]} is blank on every row of the household: it is required", rows[0], column);
        return string.Empty;
    }

    private IReadOnlyList<AnnualIncome> Income(string?[] household, IReadOnlyList<RosterRow> rows)
    {
        var net = Amount(household, rows, RosterColumn.PerCapitaNetIncome, "Income[0].PerCapitaNet");
        var wages = Amount(household, rows, RosterColumn.Wages, "Income[0].Wages");
        var business = Amount(household, rows, RosterColumn.BusinessIncome, "Income[0].NetBusiness");
        var costs = Amount(household, rows, RosterColumn.BusinessCosts, "Income[0].NetBusiness");
        var property = Amount(household, rows, RosterColumn.PropertyIncome, "Income[0].Property");
        var transfers = Amount(household, rows, RosterColumn.TransferIncome, "Income[0].Transfers");
        var pension = Amount(household, rows, RosterColumn.Pension, "Income[0].Pension");
        var allowance = Amount(household, rows, RosterColumn.MinimumLivingAllowance, "Income[0].MinimumLivingAllowance");
        var relief = Amount(household, rows, RosterColumn.OneOffRelief, "Income[0].OneOffRelief");
        if (net is null && wages is null && business is null && property is null && transfers is null && pension is null && allowance is null && relief is null)
        {
            return ImmutableArray<AnnualIncome>.Empty;
        }

        return ImmutableArray.Create(
            new AnnualIncome
            {
                Year = _options.IncomeYear,
                PerCapitaNet = net,
                Wages = wages,
                NetBusiness = business is null ? null : business - (costs ?? 0m),
                Property = property,
                Transfers = transfers,
                Pension = pension,
                MinimumLivingAllowance = allowance,
                OneOffRelief = relief,
            });
    }

    /// <summary>A non-negative amount; an export's household totals (工资性收入 …) divided by the household's rows.</summary>
    private decimal? Amount(string?[] household, IReadOnlyList<RosterRow> rows, RosterColumn column, string field)
    {
        if (household[(int)column] is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Error(field, $"'{text}' is not an amount in yuan", HolderOf(rows, column), column);
            return null;
        }

        if (value < 0)
        {
            Error(field, $"{text} is negative: an income amount cannot be", HolderOf(rows, column), column);
            return null;
        }

        return _divide[(int)column] ? decimal.Round(value / rows.Count, 2) : value;
    }

    /// <summary>
    /// The post-2020 monitoring columns; <c>null</c> when the export has none of them. A risk counts as recorded when
    /// 风险识别时间 holds a date and 风险是否消除 does not say it was eliminated; an empty date under the column is no risk.
    /// </summary>
    private MonitoringRecord? Monitoring(string?[] household, IReadOnlyList<RosterRow> rows)
    {
        if (_headers[(int)RosterColumn.MonitoringCategory] is null && _headers[(int)RosterColumn.RiskEliminated] is null
            && _headers[(int)RosterColumn.RiskIdentifiedOn] is null && _headers[(int)RosterColumn.RiskEliminatedOn] is null
            && _headers[(int)RosterColumn.UnavoidableExpenses] is null)
        {
            return null;
        }

        var eliminated = Flag(household, rows, RosterColumn.RiskEliminated, "Monitoring.RiskEliminated");
        var identified = Date(household, rows, RosterColumn.RiskIdentifiedOn, "Monitoring.RiskIdentifiedOn");
        return new MonitoringRecord
        {
            RecordedCategory = Code(household, rows, RosterColumn.MonitoringCategory, CodeTables.MonitoringCategory, "Monitoring.RecordedCategory"),
            RiskEliminated = eliminated,
            RiskIdentifiedOn = identified,
            RiskEliminatedOn = Date(household, rows, RosterColumn.RiskEliminatedOn, "Monitoring.RiskEliminatedOn"),
            RiskRecorded = _headers[(int)RosterColumn.RiskIdentifiedOn] is null ? null : identified is not null && eliminated != true,
            UnavoidableExpenses = Amount(household, rows, RosterColumn.UnavoidableExpenses, "Monitoring.UnavoidableExpenses"),
        };
    }

    private DateOnly? Date(string?[] household, IReadOnlyList<RosterRow> rows, RosterColumn column, string field)
    {
        if (household[(int)column] is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(field, $"'{text}' is not a date (yyyy-MM-dd)", HolderOf(rows, column), column);
        return null;
    }

    private Dwelling? Dwelling(string?[] household, IReadOnlyList<RosterRow> rows, SupplementEntry? supplement)
    {
        var grade = Code(household, rows, RosterColumn.HousingGrade, CodeTables.HousingGrade, "Dwelling.Grade");
        var dangerous = Flag(household, rows, RosterColumn.DangerousHousing, "Dwelling.Grade");
        if (grade is { } g && dangerous is { } d && d != (g is HousingGrade.C or HousingGrade.D))
        {
            Error("Dwelling.Grade", $"危房户 {(d ? "是" : "否")} contradicts 危房级别 {g}", HolderOf(rows, RosterColumn.DangerousHousing), RosterColumn.DangerousHousing);
        }

        // 危房户 is the yes/no form of the line the criterion tests (A/B safe, C/D dangerous): without a grade the
        // boundary grade of its side is recorded, which gives the criterion's verdict and claims no more than the flag.
        grade ??= dangerous switch
        {
            true => HousingGrade.C,
            false => HousingGrade.B,
            null => null,
        };

        // The flag describes the dwelling lived in at the time of the export: a resettled household lives in its new
        // home and is flagged 否, so a flag still set says it has not been resettled, unless the supplement says so.
        var resettled = supplement?.Resettled ?? (dangerous == true ? false : null);
        return grade is null && resettled is null ? null : new Dwelling { Grade = grade, Resettled = resettled };
    }

    private Household Join(Household household, SupplementEntry supplement)
    {
        if (supplement.Errors.Count > 0)
        {
            (_errors ??= []).AddRange(supplement.Errors);
        }

        var members = household.Members.ToArray();
        foreach (var row in supplement.Members)
        {
            var index = Array.FindIndex(members, m => m.PersonId == row.Key || (m.IdNumber is not null && string.Equals(m.IdNumber, row.Key, StringComparison.OrdinalIgnoreCase)));
            if (index < 0)
            {
                (_errors ??= []).Add(new ReadError(nameof(Household.Members), $"the supplement names person {PersonalIdNumber.Mask(row.Key)}, who is not a member of household {household.Id}", row.Location));
                continue;
            }

            var m = members[index];
            members[index] = m with
            {
                OnGovernmentPayroll = row.OnGovernmentPayroll ?? m.OnGovernmentPayroll,
                VillageCadre = row.VillageCadre ?? m.VillageCadre,
                OutOfSchoolReason = row.OutOfSchoolReason ?? m.OutOfSchoolReason,
                MedicalInsuranceEligible = row.Eligible ?? m.MedicalInsuranceEligible,
                MedicalInsuranceEnrolled = row.Enrolled ?? m.MedicalInsuranceEnrolled,
            };
        }

        return household with
        {
            Members = members,
            FoodAndClothingSecure = supplement.FoodAndClothingSecure ?? household.FoodAndClothingSecure,
            ExitProcedure = supplement.Procedure ?? household.ExitProcedure,
            RegisteredBusiness = supplement.RegisteredBusiness ?? household.RegisteredBusiness,
            OwnedHousing = supplement.CommercialHousing switch
            {
                true => [new OwnedProperty(DwellingKind.CommercialPurchase)],
                false => [],
                null => household.OwnedHousing,
            },
            Vehicles = supplement.PassengerCar switch
            {
                true => [new Vehicle(VehicleKind.PassengerCar) { Value = supplement.CarValue }],
                false => [],
                null => household.Vehicles,
            },
        };
    }

    private Household Assume(Household household)
    {
        if (_options.Assumptions.Count == 0)
        {
            return household;
        }

        List<DeclaredAssumption>? used = null;
        foreach (var assumption in _options.Assumptions)
        {
            if (!assumption.AppliesTo(household.Id))
            {
                continue;
            }

            var filled = household;
            switch (assumption.Fact)
            {
                case AssumedFact.FoodAndClothingSecure:
                    filled = household.FoodAndClothingSecure is null ? household with { FoodAndClothingSecure = true } : household;
                    break;
                case AssumedFact.NoExcludedCategory:
                    filled = household with
                    {
                        RegisteredBusiness = household.RegisteredBusiness ?? false,
                        OwnedHousing = household.OwnedHousing ?? [],
                        Vehicles = household.Vehicles ?? [],
                        Members = [.. household.Members.Select(m => m with { OnGovernmentPayroll = m.OnGovernmentPayroll ?? false, VillageCadre = m.VillageCadre ?? false })],
                    };
                    break;
            }

            if (!ReferenceEquals(filled, household) && Filled(household, filled))
            {
                (used ??= []).Add(assumption.Declared);
                household = filled;
            }
        }

        return used is null ? household : household with { Assumptions = used };
    }

    private static bool Filled(Household before, Household after) =>
        before.FoodAndClothingSecure != after.FoodAndClothingSecure
        || before.RegisteredBusiness != after.RegisteredBusiness
        || (before.OwnedHousing is null) != (after.OwnedHousing is null)
        || (before.Vehicles is null) != (after.Vehicles is null)
        || before.Members.Where((m, i) => m.OnGovernmentPayroll != after.Members[i].OnGovernmentPayroll || m.VillageCadre != after.Members[i].VillageCadre).Any();

    private HealthConditions? Health(RosterRow row, FieldPath field)
    {
        if (row[RosterColumn.Health] is not { } text)
        {
            return null;
        }

        // Most cells hold one condition: no splitting then.
        var parsed = Parsed<HealthConditions>(RosterColumn.Health);
        if (parsed.TryGet(text, out var known))
        {
            return known;
        }

        if (text.AsSpan().IndexOfAny(HealthSeparators) < 0)
        {
            if (CodeTables.Health.TryParse(text, out var single))
            {
                parsed.Add(text, single);
                return single;
            }

            Error(field, CodeTables.Health.Unknown(text), row, RosterColumn.Health);
            return null;
        }

        var health = HealthConditions.None;
        foreach (var part in text.Split(HealthSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!CodeTables.Health.TryParse(part, out var condition))
            {
                Error(field, CodeTables.Health.Unknown(part), row, RosterColumn.Health);
                return null;
            }

            health |= condition;
        }

        parsed.Add(text, health);
        return health;
    }

    private T? Code<T>(RosterRow row, RosterColumn column, CodeTable<T> table, FieldPath field)
        where T : struct, Enum
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        var parsed = Parsed<T>(column);
        if (parsed.TryGet(text, out var value))
        {
            return value;
        }

        if (table.TryParse(text, out value))
        {
            parsed.Add(text, value);
            return value;
        }

        Error(field, table.Unknown(text), row, column);
        return null;
    }

    /// <summary>The column's values parsed so far, by cell (see <see cref="ParsedCells{T}"/>).</summary>
    private ParsedCells<T> Parsed<T>(RosterColumn column)
        where T : struct =>
        (ParsedCells<T>)(_parsed[(int)column] ??= new ParsedCells<T>());

    private T? Code<T>(string?[] household, IReadOnlyList<RosterRow> rows, RosterColumn column, CodeTable<T> table, string field)
        where T : struct, Enum =>
        household[(int)column] is null ? null : Code(HolderOf(rows, column), column, table, new FieldPath(-1, field));

    private bool? Flag(RosterRow row, RosterColumn column, FieldPath field)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (CodeTables.YesNo(text) is { } value)
        {
            return value;
        }

        Error(field, $"'{text}' is not 是/否 or 1/0", row, column);
        return null;
    }

    private bool? Flag(string?[] household, IReadOnlyList<RosterRow> rows, RosterColumn column, string field) =>
        household[(int)column] is null ? null : Flag(HolderOf(rows, column), column, new FieldPath(-1, field));

    private int? Integer(RosterRow row, RosterColumn column, FieldPath field, int min, int max)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        var parsed = Parsed<int>(column);
        if (parsed.TryGet(text, out var known))
        {
            return known;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            Error(field, $"'{text}' is not a whole number", row, column);
            return null;
        }

        if (number < min || number > max)
        {
            Error(field, string.Create(CultureInfo.InvariantCulture, $"{text} is outside {min}–{max}"), row, column);
            return null;
        }

        parsed.Add(text, (int)number);
        return (int)number;
    }

    private void Error(string field, string reason, RosterRow row, RosterColumn column) =>
        (_errors ??= []).Add(new ReadError(field, reason, new SourceLocation(_source, row.Line, _headers[(int)column])));

    private void Error(FieldPath field, string reason, RosterRow row, RosterColumn column) => Error(field.ToString(), reason, row, column);

    /// <summary>A model field path, formatted only when an error names it (most rows have none).</summary>
    private readonly record struct FieldPath(int Member, string Name)
    {
        public override string ToString() =>
            Member < 0 ? Name : string.Create(CultureInfo.InvariantCulture, $"Members[{Member}].{Name}");
    }

    /// <summary>The lines of the rows whose member is a head (a method of its own: a lambda over the members would make every household allocate its closure).</summary>
    private static string HeadLines(IReadOnlyList<RosterRow> rows, Member[] members) =>
        string.Join(", ", rows.Where((_, i) => members[i].Relationship == Relationship.Head).Select(r => r.Line));

    private static RosterRow HolderOf(IReadOnlyList<RosterRow> rows, RosterColumn column)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r][column] is not null)
            {
                return rows[r];
            }
        }

        return rows[0];
    }

    private static string Lines(IReadOnlyList<RosterRow> rows) =>
        rows.Count == 1
            ? rows[0].Line.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{rows[0].Line}–{rows[^1].Line}");

    private static bool SameNumber(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)
        && x == y;

    private static string Field(RosterColumn column) =>
        column switch
        {
            RosterColumn.HouseholdSize => "Members.Count",
            RosterColumn.PerCapitaNetIncome => "Income[0].PerCapitaNet",
            RosterColumn.DangerousHousing or RosterColumn.HousingGrade => "Dwelling.Grade",
            RosterColumn.VillageCode or RosterColumn.Village => nameof(Household.VillageCode),
            _ => column.ToString(),
        };
}
