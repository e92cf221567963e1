using System.Data.Common;
using PovertyRules.Model;

namespace PovertyRules.Data.Tests;

/// <summary>Creates the documented schema in a real database and fills it with the sample register.</summary>
internal static class SchemaDatabase
{
    public static readonly string Ddl = File.ReadAllText(Samples.Path("register-schema.sql"));

    public static void Create(DbConnection connection)
    {
        var code = string.Join('\n', Ddl.Split('\n').Select(l => l.Contains("--", StringComparison.Ordinal) ? l[..l.IndexOf("--", StringComparison.Ordinal)] : l));
        foreach (var statement in code.Split(';').Where(s => s.Trim().Length > 0))
        {
            Execute(connection, statement);
        }
    }

    /// <summary>The sample export's households, the supplement's rows and the sample villages, as our schema's rows.</summary>
    public static void Fill(DbConnection connection, bool booleans)
    {
        object? Flag(bool? value) => value is null ? DBNull.Value : booleans ? value.Value : value.Value ? 1 : 0;
        object? Value(object? value) => value ?? DBNull.Value;
        foreach (var h in Samples.Read(Samples.Path("roster-utf8-codes.csv")))
        {
            Execute(connection,
                "INSERT INTO households (household_id, village_code, household_size, dangerous_housing, safe_drinking_water, per_capita_net_income, main_poverty_cause) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
                h.Id, h.VillageCode, h.Members.Count, Flag(h.Dwelling?.Grade is HousingGrade.C), Flag(h.SafeDrinkingWater), Value(h.IncomeFor(2019)?.PerCapitaNet),
                h.MainPovertyCause is { } cause ? (int)cause : DBNull.Value);
            for (var i = 0; i < h.Members.Count; i++)
            {
                var m = h.Members[i];
                var health = m.Health is { } conditions
                    ? string.Join(',', Enumerable.Range(0, 4).Where(b => ((int)conditions & (1 << b)) != 0).Select(b => (b + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)))
                    : null;
                Execute(connection,
                    "INSERT INTO members (household_id, member_no, person_id, name, id_number, relationship, education, schooling, health, labour, months_migrant_work, critical_illness_insured) "
                    + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)",
                    h.Id, i + 1, Value(m.PersonId), Value(m.Name), m.IdNumber!, (int)m.Relationship!, Value(m.Education is { } e ? (int)e : null),
                    Value(m.Schooling is { } s ? (int)s : null), Value(health), Value(m.Labour is { } l ? (int)l : null), Value(m.MonthsMigrantWork), Flag(m.CriticalIllnessInsured));
            }
        }

        Execute(connection,
            "INSERT INTO supplements (household_id, food_and_clothing_secure, appraisal_held, verified, household_consented, notice_days, unresolved_objections, announced, registered_business, commercial_housing, passenger_car) "
            + "VALUES (@p0, @p1, @p1, @p1, @p1, 7, 0, @p1, @p2, @p2, @p2)",
            "3607301012010001", Flag(true), Flag(false));
        Execute(connection, "INSERT INTO supplements (household_id, resettled) VALUES (@p0, @p1)", "3607301012020003", Flag(true));
        Execute(connection,
            "INSERT INTO villages (village_code, name, rural_population, hardened_road, electricity, safe_drinking_water, clinic, notice_held, unresolved_objections, announced) "
            + "VALUES (@p0, @p1, 300, @p2, @p2, @p2, @p2, @p2, 0, @p2)",
            "360730101201", "大坪村", Flag(true));
        Execute(connection, "INSERT INTO counties (county_code, name, rural_population) VALUES (@p0, @p1, 200000)", "360730", "宁都县");
    }

    public static void Execute(DbConnection connection, string sql, params object?[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }

    public static DbDataReader Query(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }
}
