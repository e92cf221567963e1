using System.Data.Common;
using System.Globalization;
using PovertyRules.Data.Roster;
using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// The PovertyRules columnar schema (tables households, members, supplements, villages, counties; the DDL is in
/// <c>docs/register-schema.sql</c>) for systems that map their own tables, read through any ADO.NET data reader.
/// </summary>
/// <remarks>
/// Households are read with <see cref="RosterReader.Open(DbDataReader, string, RosterOptions, DbDataReader?)"/> over
/// <see cref="HouseholdQuery"/> (one row per member, household columns joined on), and the supplements table with
/// <see cref="SupplementQuery"/>. A village or county row with a value that cannot be read is a rejected row of its
/// table (an invalid-input result naming the table, row, column and reason), and the read goes on.
/// </remarks>
public static class RegisterSchema
{
    /// <summary>One row per member with its household's columns, a household's rows consecutive, the head first.</summary>
    public const string HouseholdQuery =
        "SELECT h.household_id, h.village_code, h.household_size, h.dangerous_housing, h.housing_grade, h.safe_drinking_water, "
        + "h.per_capita_net_income, h.per_capita_wages, h.per_capita_net_business, h.per_capita_property, h.per_capita_transfers, "
        + "h.per_capita_pension, h.per_capita_minimum_living_allowance, h.per_capita_one_off_relief, h.household_attribute, h.exit_flag, "
        + "h.identification_standard, h.main_poverty_cause, m.person_id, m.name, m.id_number, m.relationship, m.sex, m.birth_date, "
        + "m.education, m.schooling, m.health, m.labour, m.months_migrant_work, m.critical_illness_insured "
        + "FROM members m JOIN households h ON h.household_id = m.household_id ORDER BY h.household_id, m.member_no";

    /// <summary>The supplements table, every column.</summary>
    public const string SupplementQuery = "SELECT * FROM supplements ORDER BY household_id";

    /// <summary>The villages table, every column.</summary>
    public const string VillageQuery = "SELECT * FROM villages ORDER BY village_code";

    /// <summary>The counties table, every column.</summary>
    public const string CountyQuery = "SELECT * FROM counties ORDER BY county_code";

    /// <summary>
    /// Reads village descriptors (columns as in the villages table; absent columns are unrecorded), to the end of the
    /// reader. A row with a value that cannot be read is not a record: it is one of the table's
    /// <see cref="DescriptorTable{TRecord}.Rejected"/> rows, naming the table, row, column and reason of each value.
    /// </summary>
    /// <param name="reader">The rows; not disposed.</param>
    /// <param name="sourceName">What locations name as the table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RosterFormatException">The village_code column is missing (the columns found are listed).</exception>
    public static DescriptorTable<Village> Villages(DbDataReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Read(new Columns(reader, sourceName, "village_code"), "village", ReadVillage);
    }

    /// <summary>
    /// Reads county descriptors with their third-party sample and procedure (columns as in the counties table), to the
    /// end of the reader. A row with a value that cannot be read is one of the table's
    /// <see cref="DescriptorTable{TRecord}.Rejected"/> rows, naming the table, row, column and reason of each value.
    /// </summary>
    /// <param name="reader">The rows; not disposed.</param>
    /// <param name="sourceName">What locations name as the table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RosterFormatException">The county_code column is missing (the columns found are listed).</exception>
    public static DescriptorTable<County> Counties(DbDataReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Read(new Columns(reader, sourceName, "county_code"), "county", ReadCounty);
    }

    private static DescriptorTable<T> Read<T>(Columns c, string level, Func<Columns, T> read)
        where T : class
    {
        var records = new List<T>();
        var rejected = new List<RejectedRow>();
        long rows = 0;
        while (c.Read())
        {
            rows++;
            var record = read(c);
            if (c.Errors is { } errors)
            {
                rejected.Add(new RejectedRow(level, c.Text(c.Key), new SourceLocation(c.SourceName, c.Line), errors));
            }
            else
            {
                records.Add(record);
            }
        }

        return new DescriptorTable<T>(c.SourceName, records, rejected, rows);
    }

    private static Village ReadVillage(Columns c)
    {
        var code = c.Code(12);
        bool? notice = c.Flag("notice_held", "Procedure.NoticeHeld"), announced = c.Flag("announced", "Procedure.Announced");
        var objections = c.Int("unresolved_objections", "Procedure.UnresolvedObjections");
        return new Village
        {
            Code = code,
            Name = c.Text("name"),
            RuralPopulation = c.Int("rural_population", nameof(Village.RuralPopulation)),
            HardenedRoad = c.Flag("hardened_road", nameof(Village.HardenedRoad)),
            Electricity = c.Flag("electricity", nameof(Village.Electricity)),
            SafeDrinkingWater = c.Flag("safe_drinking_water", nameof(Village.SafeDrinkingWater)),
            Clinic = c.Flag("clinic", nameof(Village.Clinic)),
            CulturalCentre = c.Flag("cultural_centre", nameof(Village.CulturalCentre)),
            Broadband = c.Flag("broadband", nameof(Village.Broadband)),
            CollectiveIncome = c.Number("collective_income", nameof(Village.CollectiveIncome)),
            Procedure = notice is null && announced is null && objections is null
                ? null
                : new DelistingProcedureRecord { NoticeHeld = notice, UnresolvedObjections = objections, Announced = announced },
        };
    }

    private static County ReadCounty(Columns c)
    {
        var code = c.Code(6);
        var sample = new ThirdPartySample
        {
            ExitedPeopleSampled = c.Int("exited_people_sampled", "Evaluation.ExitedPeopleSampled"),
            WronglyExitedPeople = c.Int("wrongly_exited_people", "Evaluation.WronglyExitedPeople"),
            NonRegisteredPeopleSampled = c.Int("non_registered_people_sampled", "Evaluation.NonRegisteredPeopleSampled"),
            OmittedPoorPeople = c.Int("omitted_poor_people", "Evaluation.OmittedPoorPeople"),
            HouseholdsSurveyed = c.Int("households_surveyed", "Evaluation.HouseholdsSurveyed"),
            HouseholdsApproving = c.Int("households_approving", "Evaluation.HouseholdsApproving"),
        };
        var procedure = new DecappingProcedureRecord
        {
            CountyProposal = c.Flag("county_proposal", "Procedure.CountyProposal"),
            CityReview = c.Flag("city_review", "Procedure.CityReview"),
            ProvinceVerificationAndNotice = c.Flag("province_verification_and_notice", "Procedure.ProvinceVerificationAndNotice"),
            ProvinceApprovalAndReport = c.Flag("province_approval_and_report", "Procedure.ProvinceApprovalAndReport"),
            NationalAssessment = c.Flag("national_assessment", "Procedure.NationalAssessment"),
            ProvinceFormalApproval = c.Flag("province_formal_approval", "Procedure.ProvinceFormalApproval"),
        };
        return new County
        {
            Code = code,
            Name = c.Text("name"),
            RuralPopulation = c.Int("rural_population", nameof(County.RuralPopulation)),
            ExitedPeople = c.Int("exited_people", nameof(County.ExitedPeople)),
            RuralPerCapitaIncome = c.Number("rural_per_capita_income", nameof(County.RuralPerCapitaIncome)),
            Evaluation = sample == new ThirdPartySample() ? null : sample,
            Procedure = procedure == new DecappingProcedureRecord() ? null : procedure,
        };
    }

    /// <summary>
    /// Named cells of the current row, read as text and parsed; a value that cannot be read is left unrecorded and
    /// becomes a read error with its location, every one of the row collected.
    /// </summary>
    private sealed class Columns
    {
        private readonly DataReaderRowSource _source;
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);

        public Columns(DbDataReader reader, string sourceName, string key)
        {
            _source = DataReaderRowSource.Over(sourceName, reader);
            Key = key;
            for (var i = 0; i < _source.FixedHeader!.Count; i++)
            {
                var name = ColumnCatalogue.Normalise(_source.FixedHeader[i]);
                if (_ordinals.TryAdd(name, i))
                {
                    _headers[name] = _source.FixedHeader[i];
                }
            }

            if (!_ordinals.ContainsKey(key))
            {
                throw new RosterFormatException($"{sourceName} has no {key} column; columns found: {string.Join(", ", _source.FixedHeader)}.");
            }
        }

        public string Key { get; }

        public string SourceName => _source.Name;

        public long Line => _source.Line;

        /// <summary>The current row's read errors; <c>null</c> when every value was read.</summary>
        public List<ReadError>? Errors { get; private set; }

        public bool Read()
        {
            Errors = null;
            return _source.Read();
        }

        public string? Text(string column) => _ordinals.TryGetValue(column, out var i) ? _source.Get(i) : null;

        /// <summary>The key column: a county (6) or village (12) code as the model checks it.</summary>
        public string Code(int length)
        {
            var field = nameof(Village.Code);
            if (Text(Key) is not { } code)
            {
                Bad(Key, field, $"{Key} is blank: it is required");
                return string.Empty;
            }

            // A county code is the first half of a village code: the same checks, on the county's six digits.
            var reason = code.Length != length
                ? string.Create(CultureInfo.InvariantCulture, $"it has {code.Length} characters, expected {length} digits")
                : AdministrativeCode.TryParse(length == 12 ? code : code + "000000", out _, out var problem) ? null : problem;
            if (reason is not null)
            {
                Bad(Key, field, $"'{code}' is not a {length}-digit {(length == 12 ? "village" : "county")} code: {reason}");
            }

            return code;
        }

        public bool? Flag(string column, string field)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (CodeTables.YesNo(text) is { } value)
            {
                return value;
            }

            Bad(column, field, $"'{text}' is not 是/否, 1/0 or a boolean");
            return null;
        }

        public int? Int(string column, string field)
        {
            var number = Number(column, field);
            if (number is not { } value)
            {
                return null;
            }

            if (value != decimal.Truncate(value) || value > int.MaxValue)
            {
                Bad(column, field, string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number of at most {int.MaxValue:N0}"));
                return null;
            }

            return (int)value;
        }

        public decimal? Number(string column, string field)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                Bad(column, field, $"'{text}' is not a number");
                return null;
            }

            if (value < 0)
            {
                Bad(column, field, $"{text} is negative");
                return null;
            }

            return value;
        }

        private void Bad(string column, string field, string reason) =>
            (Errors ??= []).Add(new ReadError(field, reason, new SourceLocation(_source.Name, _source.Line, _headers.GetValueOrDefault(column, column))));
    }
}
