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
/// <see cref="SupplementQuery"/>. Villages and counties have no place for read errors: a value that cannot be read
/// fails the read with its row, column and reason.
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

    /// <summary>Reads village descriptors (columns as in the villages table; absent columns are unrecorded).</summary>
    /// <param name="reader">The rows; not disposed.</param>
    /// <param name="sourceName">What an error names as the source.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RosterFormatException">The village_code column is missing, or a value cannot be read (row, column and reason named).</exception>
    public static IEnumerable<Village> Villages(DbDataReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadVillages(new Columns(reader, sourceName, "village_code"));
    }

    /// <summary>Reads county descriptors with their third-party sample and procedure (columns as in the counties table).</summary>
    /// <param name="reader">The rows; not disposed.</param>
    /// <param name="sourceName">What an error names as the source.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RosterFormatException">The county_code column is missing, or a value cannot be read (row, column and reason named).</exception>
    public static IEnumerable<County> Counties(DbDataReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadCounties(new Columns(reader, sourceName, "county_code"));
    }

    private static IEnumerable<Village> ReadVillages(Columns c)
    {
        while (c.Read())
        {
            bool? notice = c.Flag("notice_held"), announced = c.Flag("announced");
            var objections = c.Int("unresolved_objections");
            yield return new Village
            {
                Code = c.Text("village_code") ?? string.Empty,
                Name = c.Text("name"),
                RuralPopulation = c.Int("rural_population"),
                HardenedRoad = c.Flag("hardened_road"),
                Electricity = c.Flag("electricity"),
                SafeDrinkingWater = c.Flag("safe_drinking_water"),
                Clinic = c.Flag("clinic"),
                CulturalCentre = c.Flag("cultural_centre"),
                Broadband = c.Flag("broadband"),
                CollectiveIncome = c.Number("collective_income"),
                Procedure = notice is null && announced is null && objections is null
                    ? null
                    : new DelistingProcedureRecord { NoticeHeld = notice, UnresolvedObjections = objections, Announced = announced },
            };
        }
    }

    private static IEnumerable<County> ReadCounties(Columns c)
    {
        while (c.Read())
        {
            var sample = new ThirdPartySample
            {
                ExitedPeopleSampled = c.Int("exited_people_sampled"),
                WronglyExitedPeople = c.Int("wrongly_exited_people"),
                NonRegisteredPeopleSampled = c.Int("non_registered_people_sampled"),
                OmittedPoorPeople = c.Int("omitted_poor_people"),
                HouseholdsSurveyed = c.Int("households_surveyed"),
                HouseholdsApproving = c.Int("households_approving"),
            };
            var procedure = new DecappingProcedureRecord
            {
                CountyProposal = c.Flag("county_proposal"),
                CityReview = c.Flag("city_review"),
                ProvinceVerificationAndNotice = c.Flag("province_verification_and_notice"),
                ProvinceApprovalAndReport = c.Flag("province_approval_and_report"),
                NationalAssessment = c.Flag("national_assessment"),
                ProvinceFormalApproval = c.Flag("province_formal_approval"),
            };
            yield return new County
            {
                Code = c.Text("county_code") ?? string.Empty,
                Name = c.Text("name"),
                RuralPopulation = c.Int("rural_population"),
                ExitedPeople = c.Int("exited_people"),
                RuralPerCapitaIncome = c.Number("rural_per_capita_income"),
                Evaluation = sample == new ThirdPartySample() ? null : sample,
                Procedure = procedure == new DecappingProcedureRecord() ? null : procedure,
            };
        }
    }

    /// <summary>Named cells of the current row, read as text and parsed with their location in every error.</summary>
    private sealed class Columns
    {
        private readonly DataReaderRowSource _source;
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

        public Columns(DbDataReader reader, string sourceName, string key)
        {
            _source = DataReaderRowSource.Over(sourceName, reader);
            for (var i = 0; i < _source.FixedHeader!.Count; i++)
            {
                _ordinals.TryAdd(ColumnCatalogue.Normalise(_source.FixedHeader[i]), i);
            }

            if (!_ordinals.ContainsKey(key))
            {
                throw new RosterFormatException($"{sourceName} has no {key} column; columns found: {string.Join(", ", _source.FixedHeader)}.");
            }
        }

        public bool Read() => _source.Read();

        public string? Text(string column) => _ordinals.TryGetValue(column, out var i) ? _source.Get(i) : null;

        public bool? Flag(string column) =>
            Text(column) is not { } text ? null : CodeTables.YesNo(text) ?? throw Bad(column, $"'{text}' is not 是/否, 1/0 or a boolean");

        public int? Int(string column)
        {
            var number = Number(column);
            return number is null ? null : number == decimal.Truncate(number.Value) && number <= int.MaxValue ? (int)number : throw Bad(column, $"{number} is not a whole number");
        }

        public decimal? Number(string column)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw Bad(column, $"'{text}' is not a number");
            }

            return value < 0 ? throw Bad(column, $"{text} is negative") : value;
        }

        private RosterFormatException Bad(string column, string reason) =>
            new($"{new SourceLocation(_source.Name, _source.Line, column)}: {reason}.");
    }
}
