using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PovertyRules.Cli.Running;
using PovertyRules.Data;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;
using Sylvan.Data.Csv;

namespace PovertyRules.Cli.Inputs;

/// <summary>
/// Opens the households a command reads: a roster export (CSV, Excel) or a CSV in our schema's column names, with an
/// optional supplement; a database in our schema through a connection string; or the synthetic register. Village and
/// county records come from files in our schema's columns, or from the database's tables.
/// </summary>
internal static class HouseholdSource
{
    /// <summary>The database providers <c>--provider</c> accepts.</summary>
    public static readonly string[] Providers = ["sqlite", "postgresql"];

    public static HouseholdInput Open(SourceArguments args, PolicyProfile profile)
    {
        var chosen = new[] { args.HouseholdsFile is not null, args.ConnectionString is not null, args.Synthetic is not null }.Count(b => b);
        if (chosen != 1)
        {
            throw new UsageException("Name exactly one source of households: --households FILE, --database CONNECTION-STRING or --synthetic N.");
        }

        if (args.Synthetic is { } count)
        {
            if (args.Assume.Count > 0)
            {
                throw new UsageException("--assume fills what a roster or its supplement leaves silent; the synthetic register records every fact it has.");
            }

            return Synthetic(count, args.Seed, profile);
        }

        var options = new RosterOptions
        {
            IncomeYear = args.IncomeYear ?? profile.Year,
            SupplementPath = args.SupplementFile is null ? null : Existing(args.SupplementFile, "--supplement"),
            VillageCodes = args.VillageCodesFile is null ? null : VillageCodes(Existing(args.VillageCodesFile, "--village-codes")),
            Assumptions = [.. args.Assume.Select(Assumptions.Parse)],
        };
        var villages = args.VillagesFile is null ? null : ReadCsv(Existing(args.VillagesFile, "--villages"), RegisterSchema.Villages);
        var counties = args.CountiesFile is null ? null : ReadCsv(Existing(args.CountiesFile, "--counties"), RegisterSchema.Counties);

        if (args.HouseholdsFile is { } file)
        {
            var roster = Guarded(() => RosterReader.Open(Existing(file, "--households"), options));
            var described = Path.GetFileName(file) + (args.SupplementFile is null ? string.Empty : " + " + Path.GetFileName(args.SupplementFile));
            // Read on a thread of its own: the file's parsing overlaps with assessing, writing and rolling up (benchmarks/ROSTER.md).
            return new HouseholdInput(described, roster.ReadAhead(), villages ?? [], counties ?? [], roster);
        }

        return Database(args, options, villages, counties);
    }

    public static HouseholdInput Synthetic(long count, int seed, PolicyProfile profile)
    {
        if (count < 0)
        {
            throw new UsageException($"--households must be 0 or more; {count} was given.");
        }

        var population = new SyntheticPopulation(profile, seed);
        return new HouseholdInput(
            $"synthetic register: {count:N0} households, seed {seed} (invented figures, not statistics)",
            population.Households(count), [.. population.VillageRecords(count)], [.. population.CountyRecords(count)], expected: count);
    }

    private static HouseholdInput Database(SourceArguments args, RosterOptions options, IReadOnlyList<Village>? villages, IReadOnlyList<County>? counties)
    {
        var provider = args.Provider ?? (args.ConnectionString!.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "postgresql" : "sqlite");
        DbConnection Connect() => provider switch
        {
            "sqlite" => new SqliteConnection(ReadOnly(args.ConnectionString!)),
            "postgresql" => new NpgsqlConnection(args.ConnectionString),
            _ => throw new UsageException($"--provider must be one of {string.Join(", ", Providers)}; '{provider}' was given."),
        };

        var owned = new List<IDisposable>();
        try
        {
            var connection = Connect();
            owned.Add(connection);
            Guarded(connection.Open, $"the {provider} database ({Redacted(args.ConnectionString!)})");
            villages ??= ReadTable(connection, RegisterSchema.VillageQuery, r => RegisterSchema.Villages(r, "villages"));
            counties ??= ReadTable(connection, RegisterSchema.CountyQuery, r => RegisterSchema.Counties(r, "counties"));

            var supplementConnection = Connect();
            owned.Add(supplementConnection);
            supplementConnection.Open();
            DbDataReader? supplement = null;
            if (options.SupplementPath is null && HasTable(supplementConnection, "supplements"))
            {
                var supplementCommand = supplementConnection.CreateCommand();
                owned.Add(supplementCommand);
                supplementCommand.CommandText = RegisterSchema.SupplementQuery;
                supplement = supplementCommand.ExecuteReader();
                owned.Add(supplement);
            }

            var command = connection.CreateCommand();
            owned.Add(command);
            command.CommandText = RegisterSchema.HouseholdQuery;
            var reader = Guarded(command.ExecuteReader);
            owned.Add(reader);
            var roster = Guarded(() => RosterReader.Open(reader, "households+members", options, supplement));
            return new HouseholdInput($"{provider} database ({Redacted(args.ConnectionString!)})", roster.ReadAhead(), villages, counties, roster, owned: owned);
        }
        catch
        {
            foreach (var o in Enumerable.Reverse(owned))
            {
                o.Dispose();
            }

            throw;
        }
    }

    /// <summary>A SQLite connection string that opens the file read-only, so that a mistyped path fails instead of creating an empty database.</summary>
    private static string ReadOnly(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        return builder.ConnectionString;
    }

    private static bool HasTable(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM {table} WHERE 1 = 0";
        try
        {
            using var reader = command.ExecuteReader();
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static IReadOnlyList<T> ReadTable<T>(DbConnection connection, string query, Func<DbDataReader, DescriptorTable<T>> read)
        where T : class
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        try
        {
            using var reader = command.ExecuteReader();
            return Complete(Guarded(() => read(reader)));
        }
        catch (DbException)
        {
            return [];
        }
    }

    private static IReadOnlyList<T> ReadCsv<T>(string path, Func<DbDataReader, string, DescriptorTable<T>> read)
        where T : class
    {
        using var reader = CsvDataReader.Create(path);

        // Over a data reader the schema reader counts data rows (row 1 is the first after the header), not file lines.
        return Complete(Guarded(() => read(reader, Path.GetFileName(path) + ", data row")));
    }

    /// <summary>
    /// The table's records when every row was read; otherwise a usage error naming each rejected row, its column and
    /// reason: a village or county left out would change the roll-up without a word.
    /// </summary>
    private static IReadOnlyList<T> Complete<T>(DescriptorTable<T> table)
        where T : class
    {
        if (table.Rejected.Count == 0)
        {
            return [.. table];
        }

        var shown = table.Rejected.Take(20).Select(r => "  " + r).ToList();
        if (table.Rejected.Count > shown.Count)
        {
            shown.Add($"  … and {table.Rejected.Count - shown.Count:N0} more");
        }

        throw new UsageException(
            $"{table.SourceName}: {table.Rejected.Count:N0} of {table.RowsRead:N0} rows cannot be read; correct them and run again:{Environment.NewLine}{string.Join(Environment.NewLine, shown)}");
    }

    private static Dictionary<string, string> VillageCodes(string path)
    {
        using var reader = CsvDataReader.Create(path);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.FieldCount < 2)
        {
            throw new UsageException($"{path} must have two columns, a village name and its 12-digit code.");
        }

        var line = 1;
        while (reader.Read())
        {
            line++;
            var name = reader.GetString(0).Trim();
            var code = reader.GetString(1).Trim();
            if (code.Length != 12 || !code.All(char.IsAsciiDigit))
            {
                throw new UsageException($"{path}:{line}: '{code}' is not a 12-digit village code.");
            }

            if (!codes.TryAdd(name, code))
            {
                throw new UsageException($"{path}:{line}: the village name '{name}' appears twice.");
            }
        }

        return codes;
    }

    private static string Existing(string path, string option) =>
        File.Exists(path) ? path : throw new UsageException($"{option}: the file {path} does not exist.");

    /// <summary>A connection string without its password, for the report.</summary>
    private static string Redacted(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in new[] { "password", "pwd" })
        {
            if (builder.ContainsKey(key))
            {
                builder[key] = "***";
            }
        }

        return builder.ConnectionString;
    }

    private static T Guarded<T>(Func<T> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is RosterFormatException or DbException or IOException or ArgumentException or FormatException)
        {
            throw new UsageException(e.Message, e);
        }
    }

    private static void Guarded(Action open, string what)
    {
        try
        {
            open();
        }
        catch (Exception e) when (e is DbException or IOException or ArgumentException)
        {
            throw new UsageException($"{what} cannot be opened: {e.Message}", e);
        }
    }
}
