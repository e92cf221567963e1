using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using PovertyRules.Model;
using PovertyRules.Synthetic;

namespace PovertyRules.Cli.Generation;

/// <summary>
/// Writes a synthetic province (households, their supplement, villages and counties) as a roster export, as CSVs in
/// our schema, or as a SQLite database in our schema, streaming the households. What a format cannot say is left out:
/// an export carries one year's income, and a member whose age the register leaves unknown gets no ID number (the
/// reader reports the household, as it would for a real export).
/// </summary>
internal static class ProvinceWriter
{
    private static readonly Dictionary<string, string> RosterHeaders = new(StringComparer.Ordinal)
    {
        ["household_id"] = "户编号", ["village_code"] = "行政区划代码", ["household_size"] = "人数", ["person_id"] = "人编号", ["id_number"] = "证件号码",
        ["relationship"] = "与户主关系", ["sex"] = "性别", ["education"] = "文化程度", ["schooling"] = "在校生状况", ["health"] = "健康状况",
        ["labour"] = "劳动技能", ["months_migrant_work"] = "务工时间(月)", ["critical_illness_insured"] = "是否参加大病保险", ["dangerous_housing"] = "危房户",
        ["housing_grade"] = "危房级别", ["safe_drinking_water"] = "是否解决安全饮用水", ["per_capita_net_income"] = "人均纯收入",
        ["household_attribute"] = "贫困户属性", ["exit_flag"] = "脱贫标志", ["identification_standard"] = "识别标准", ["main_poverty_cause"] = "最主要致贫原因",
    };

    /// <summary>Writes <paramref name="count"/> households; returns the files written with their row counts.</summary>
    public static IReadOnlyList<(string Path, long Rows)> Write(
        SyntheticPopulation population, long count, GenerateFormat format, string directory, CancellationToken cancellation, Action<long> progress, out long written)
    {
        Directory.CreateDirectory(directory);
        var villages = population.VillageRecords(count).ToList();
        var counties = population.CountyRecords(count).ToList();
        var households = population.Households(count);
        return format == GenerateFormat.Sqlite
            ? WriteSqlite(population, households, villages, counties, Path.Combine(directory, "register.db"), cancellation, progress, out written)
            : WriteCsv(population, households, villages, counties, format, directory, cancellation, progress, out written);
    }

    private static List<(string, long)> WriteCsv(
        SyntheticPopulation population, IEnumerable<Household> households, List<Village> villages, List<County> counties, GenerateFormat format,
        string directory, CancellationToken cancellation, Action<long> progress, out long written)
    {
        var roster = format == GenerateFormat.Roster;
        var memberColumns = RegisterRows.MemberColumns.Skip(1).Where(c => !roster || RosterHeaders.ContainsKey(c)).ToArray();
        var householdColumns = RegisterRows.HouseholdColumns.Where(c => !roster || RosterHeaders.ContainsKey(c)).ToArray();
        var columns = householdColumns.Concat(memberColumns).ToArray();
        var registerPath = Path.Combine(directory, roster ? "roster.csv" : "register.csv");
        var supplementPath = Path.Combine(directory, "supplement.csv");
        long registerRows, supplementRows;
        var householdIndex = householdColumns.Select(c => Array.IndexOf(RegisterRows.HouseholdColumns, c)).ToArray();
        var memberIndex = memberColumns.Select(c => Array.IndexOf(RegisterRows.MemberColumns, c)).ToArray();
        using (var register = new CsvOut(registerPath, roster ? [.. columns.Select(c => RosterHeaders[c])] : columns))
        using (var supplement = new CsvOut(supplementPath, RegisterRows.SupplementColumns))
        {
            written = Each(population, households, cancellation, progress, (household, members) =>
            {
                var h = RegisterRows.Household(household, population.Profile.Year);
                var head = householdIndex.Select(i => h[i]).ToArray();
                foreach (var m in members)
                {
                    register.Row([.. head, .. memberIndex.Select(i => m[i])]);
                }

                supplement.Row(RegisterRows.HouseholdSupplement(household));
                for (var i = 0; i < household.Members.Count; i++)
                {
                    supplement.Row(RegisterRows.MemberSupplement(household.Id, i + 1, household.Members[i]));
                }
            });
            registerRows = register.Rows;
            supplementRows = supplement.Rows;
        }

        var villagesPath = Path.Combine(directory, "villages.csv");
        using (var file = new CsvOut(villagesPath, RegisterRows.VillageColumns))
        {
            villages.ForEach(v => file.Row(RegisterRows.Village(v)));
        }

        var countiesPath = Path.Combine(directory, "counties.csv");
        using (var file = new CsvOut(countiesPath, RegisterRows.CountyColumns))
        {
            counties.ForEach(c => file.Row(RegisterRows.County(c)));
        }

        return [(registerPath, registerRows), (supplementPath, supplementRows), (villagesPath, villages.Count), (countiesPath, counties.Count)];
    }

    private static List<(string, long)> WriteSqlite(
        SyntheticPopulation population, IEnumerable<Household> households, List<Village> villages, List<County> counties, string path,
        CancellationToken cancellation, Action<long> progress, out long written)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        long memberRows = 0, supplementRows = 0;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = Schema();
                create.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            var insertHousehold = Insert(connection, transaction, "households", RegisterRows.HouseholdColumns);
            var insertMember = Insert(connection, transaction, "members", RegisterRows.MemberColumns);
            var insertSupplement = Insert(connection, transaction, "supplements", RegisterRows.SupplementColumns);
            written = Each(population, households, cancellation, progress, (household, members) =>
            {
                Run(insertHousehold, RegisterRows.Household(household, population.Profile.Year));
                foreach (var m in members)
                {
                    // The table requires an ID number; an empty one is read as blank, which the reader reports.
                    m[3] ??= string.Empty;
                    Run(insertMember, m);
                    memberRows++;
                }

                Run(insertSupplement, RegisterRows.HouseholdSupplement(household));
                supplementRows++;
                for (var i = 0; i < household.Members.Count; i++)
                {
                    Run(insertSupplement, RegisterRows.MemberSupplement(household.Id, i + 1, household.Members[i]));
                    supplementRows++;
                }
            });
            var insertVillage = Insert(connection, transaction, "villages", RegisterRows.VillageColumns);
            villages.ForEach(v => Run(insertVillage, RegisterRows.Village(v)));
            var insertCounty = Insert(connection, transaction, "counties", RegisterRows.CountyColumns);
            counties.ForEach(c => Run(insertCounty, RegisterRows.County(c)));
            transaction.Commit();
        }

        return [(path, memberRows), (path + "#supplements", supplementRows), (path + "#villages", villages.Count), (path + "#counties", counties.Count)];
    }

    /// <summary>Streams the households, giving each with its member rows (ID numbers assigned), until cancelled.</summary>
    private static long Each(
        SyntheticPopulation population, IEnumerable<Household> households, CancellationToken cancellation, Action<long> progress, Action<Household, List<string?[]>> write)
    {
        var ids = new IdNumbers();
        var reference = population.Profile.AgeReferenceDate.Value;
        var members = new List<string?[]>(8);
        long written = 0;
        foreach (var household in households)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            members.Clear();
            for (var i = 0; i < household.Members.Count; i++)
            {
                var m = household.Members[i];
                var born = m.BirthDate ?? (m.Age is { } age ? reference.AddYears(-age) : null);
                string? id = null;
                DateOnly? encoded = null;
                if (born is { } b)
                {
                    id = ids.Next(household.VillageCode, b, m.Sex, out var e);
                    encoded = e;
                }

                members.Add(RegisterRows.Member(household.Id, i + 1, m, id, encoded));
            }

            write(household, members);
            if (++written % 4096 == 0)
            {
                progress(written);
            }
        }

        progress(written);
        return written;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(DbCommand command, string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>The schema's DDL (docs/register-schema.sql, embedded at build).</summary>
    private static string Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("register-schema.sql")
            ?? throw new InvalidOperationException("The embedded register-schema.sql is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
