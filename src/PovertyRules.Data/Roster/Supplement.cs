using System.Collections.Frozen;
using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Data.Roster;

/// <summary>
/// The PovertyRules supplement schema, loaded for the join: one row per household (person key blank) or per member
/// (person key set), keyed by household number. Values are parsed at load; their problems become read errors of the
/// household they belong to.
/// </summary>
internal sealed class Supplement
{
    private static readonly FrozenDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["household_id"] = "household_id", ["户编号"] = "household_id",
        ["person_id"] = "person_id", ["人编号"] = "person_id",
        ["id_number"] = "id_number", ["证件号码"] = "id_number",
        ["food_and_clothing_secure"] = "food_and_clothing_secure", ["吃穿不愁"] = "food_and_clothing_secure",
        ["appraisal_held"] = "appraisal_held", ["民主评议"] = "appraisal_held",
        ["verified"] = "verified", ["核实"] = "verified",
        ["household_consented"] = "household_consented", ["户认可"] = "household_consented",
        ["notice_days"] = "notice_days", ["公示天数"] = "notice_days",
        ["unresolved_objections"] = "unresolved_objections", ["未解决异议"] = "unresolved_objections",
        ["announced"] = "announced", ["公告"] = "announced",
        ["resettled"] = "resettled", ["易地扶贫搬迁"] = "resettled",
        ["registered_business"] = "registered_business", ["工商注册"] = "registered_business",
        ["commercial_housing"] = "commercial_housing", ["购买商品房"] = "commercial_housing",
        ["passenger_car"] = "passenger_car", ["小汽车"] = "passenger_car",
        ["car_value"] = "car_value", ["车辆价值"] = "car_value",
        ["on_government_payroll"] = "on_government_payroll", ["财政供养人员"] = "on_government_payroll",
        ["village_cadre"] = "village_cadre", ["村干部"] = "village_cadre",
        ["out_of_school_reason"] = "out_of_school_reason", ["辍学原因"] = "out_of_school_reason",
        ["medical_insurance_eligible"] = "medical_insurance_eligible", ["应参加基本医疗保险"] = "medical_insurance_eligible",
        ["medical_insurance_enrolled"] = "medical_insurance_enrolled", ["参加基本医疗保险"] = "medical_insurance_enrolled",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Dictionary<string, SupplementEntry> _entries = new(StringComparer.Ordinal);

    private Supplement()
    {
    }

    /// <summary>Rows whose household has not been asked for (yet; after the run: not in the export).</summary>
    public long Unmatched => _entries.Values.Sum(e => (long)e.Rows);

    public static Supplement Load(RowSource source)
    {
        using (source)
        {
            var header = source.FixedHeader ?? (source.Read() ? [.. Enumerable.Range(0, source.FieldCount).Select(i => source.Get(i) ?? string.Empty)] : []);
            if (source.Failure is { } unreadable)
            {
                throw new RosterFormatException($"The supplement {source.Name} {unreadable.Describe()}.");
            }

            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new string[header.Count];
            for (var i = 0; i < header.Count; i++)
            {
                names[i] = header[i];
                if (Columns.TryGetValue(ColumnCatalogue.Normalise(header[i]), out var key))
                {
                    ordinals.TryAdd(key, i);
                }
            }

            if (!ordinals.ContainsKey("household_id"))
            {
                throw new RosterFormatException(
                    $"The supplement {source.Name} has no household_id (户编号) column; headers found: {string.Join(", ", header)}.");
            }

            var supplement = new Supplement();
            while (source.Read())
            {
                supplement.Add(source, ordinals, names);
            }

            // A supplement read only in part would leave the households of its unread rows silently without their facts.
            if (source.Failure is { } failure)
            {
                throw new RosterFormatException($"The supplement {source.Name} {failure.Describe()}.");
            }

            return supplement;
        }
    }

    /// <summary>Takes the supplement of household <paramref name="id"/> out of the table (each is joined once).</summary>
    public SupplementEntry? Take(string id) => _entries.Remove(id, out var entry) ? entry : null;

    private void Add(RowSource source, Dictionary<string, int> ordinals, string[] names)
    {
        string? Cell(string key) => ordinals.TryGetValue(key, out var i) ? source.Get(i) : null;
        var id = Cell("household_id");
        if (id is null)
        {
            return;
        }

        if (!_entries.TryGetValue(id, out var entry))
        {
            _entries[id] = entry = new SupplementEntry();
        }

        entry.Rows++;
        var line = source.Line;
        SourceLocation At(string key) => new(source.Name, line, names[ordinals[key]]);
        bool? Flag(string key, string field)
        {
            if (Cell(key) is not { } text)
            {
                return null;
            }

            if (CodeTables.YesNo(text) is { } value)
            {
                return value;
            }

            entry.Errors.Add(new ReadError(field, $"'{text}' is not 是/否 or 1/0", At(key)));
            return null;
        }

        decimal? Number(string key, string field, bool integer)
        {
            if (Cell(key) is not { } text)
            {
                return null;
            }

            var styles = integer ? NumberStyles.AllowLeadingSign : NumberStyles.Number;
            if (!decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value))
            {
                entry.Errors.Add(new ReadError(field, $"'{text}' is not {(integer ? "a whole number" : "a number")}", At(key)));
                return null;
            }

            if (value < 0)
            {
                entry.Errors.Add(new ReadError(field, $"{text} is negative", At(key)));
                return null;
            }

            return value;
        }

        var person = Cell("person_id") ?? Cell("id_number");
        if (person is null)
        {
            entry.Line = line;
            entry.FoodAndClothingSecure = Flag("food_and_clothing_secure", nameof(Household.FoodAndClothingSecure));
            var appraisal = Flag("appraisal_held", "ExitProcedure.AppraisalHeld");
            var verified = Flag("verified", "ExitProcedure.Verified");
            var consented = Flag("household_consented", "ExitProcedure.HouseholdConsented");
            var notice = Number("notice_days", "ExitProcedure.NoticeDays", integer: true);
            var objections = Number("unresolved_objections", "ExitProcedure.UnresolvedObjections", integer: true);
            var announced = Flag("announced", "ExitProcedure.Announced");
            if (appraisal is not null || verified is not null || consented is not null || notice is not null || objections is not null || announced is not null)
            {
                entry.Procedure = new ExitProcedureRecord
                {
                    AppraisalHeld = appraisal,
                    Verified = verified,
                    HouseholdConsented = consented,
                    NoticeDays = (int?)notice,
                    UnresolvedObjections = (int?)objections,
                    Announced = announced,
                };
            }

            entry.Resettled = Flag("resettled", "Dwelling.Resettled");
            entry.RegisteredBusiness = Flag("registered_business", nameof(Household.RegisteredBusiness));
            entry.CommercialHousing = Flag("commercial_housing", nameof(Household.OwnedHousing));
            entry.PassengerCar = Flag("passenger_car", nameof(Household.Vehicles));
            entry.CarValue = Number("car_value", "Vehicles[0].Value", integer: false);
            return;
        }

        OutOfSchoolReason? reason = null;
        if (Cell("out_of_school_reason") is { } reasonText)
        {
            if (CodeTables.OutOfSchoolReason.TryParse(reasonText, out var parsed))
            {
                reason = parsed;
            }
            else
            {
                entry.Errors.Add(new ReadError("OutOfSchoolReason", CodeTables.OutOfSchoolReason.Unknown(reasonText), At("out_of_school_reason")));
            }
        }

        entry.Members.Add(new MemberSupplement(
            person,
            new SourceLocation(source.Name, line),
            Flag("on_government_payroll", "OnGovernmentPayroll"),
            Flag("village_cadre", "VillageCadre"),
            reason,
            Flag("medical_insurance_eligible", "MedicalInsuranceEligible"),
            Flag("medical_insurance_enrolled", "MedicalInsuranceEnrolled")));
    }
}

/// <summary>What the supplement says of one household.</summary>
internal sealed class SupplementEntry
{
    public int Rows { get; set; }

    public long Line { get; set; }

    public bool? FoodAndClothingSecure { get; set; }

    public ExitProcedureRecord? Procedure { get; set; }

    public bool? Resettled { get; set; }

    public bool? RegisteredBusiness { get; set; }

    public bool? CommercialHousing { get; set; }

    public bool? PassengerCar { get; set; }

    public decimal? CarValue { get; set; }

    public List<ReadError> Errors { get; } = [];

    public List<MemberSupplement> Members { get; } = [];
}

/// <summary>What the supplement says of one member, keyed by 人编号 or 证件号码.</summary>
internal sealed record MemberSupplement(
    string Key, SourceLocation Location, bool? OnGovernmentPayroll, bool? VillageCadre, OutOfSchoolReason? OutOfSchoolReason, bool? Eligible, bool? Enrolled);
