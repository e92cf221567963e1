using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The household verdicts a roster export decides by itself, as one DuckDB SQL query: a household remains poor when
/// its income is at or below the line, its dwelling is dangerous (the reader's reading: not resettled) or, where the
/// profile requires it, its water is unsafe; otherwise it is undetermined (food and clothing, the procedure and the
/// exclusion facts are never in an export). Run in a child process, so that DuckDB's memory is not counted as ours.
/// </summary>
internal static class DuckDbVerdicts
{
    private const string Mode = "--roster-duckdb";

    public static bool IsChild(string[] args) => args.Length > 0 && args[0] == Mode;

    /// <summary>Starts this program again in DuckDB mode; returns its query time and the households it disagrees on.</summary>
    public static (double Seconds, long Disagreements) RunInChild(string roster, string results, decimal line, bool waterRequired)
    {
        var output = ChildProcess.Run(Mode, roster, results, line.ToString(CultureInfo.InvariantCulture), waterRequired ? "1" : "0");
        var fields = output.Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        return (double.Parse(fields["seconds"], CultureInfo.InvariantCulture), long.Parse(fields["disagreements"], CultureInfo.InvariantCulture));
    }

    public static int Child(string[] args)
    {
        var (roster, results, line, water) = (args[1], args[2], args[3], args[4] == "1");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var clock = Stopwatch.StartNew();
        Execute(connection,
            $$"""
            CREATE TABLE verdicts AS
            SELECT "户编号" AS id,
                   CASE WHEN bool_or(CAST("人均纯收入" AS DECIMAL(18, 2)) <= {{line}})
                          OR bool_or("危房户" = 1)
                          OR ({{(water ? "TRUE" : "FALSE")}} AND bool_or("是否解决安全饮用水" = 0))
                        THEN 'RemainsPoor' ELSE 'Undetermined' END AS status
            FROM read_csv('{{roster}}', header = true, types = {'户编号': 'VARCHAR', '证件号码': 'VARCHAR', '人编号': 'VARCHAR'})
            GROUP BY 1
            """);
        var seconds = clock.Elapsed.TotalSeconds;
        using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT count(*) FROM verdicts v
            FULL JOIN (SELECT id, status FROM read_csv('{results}', header = true, all_varchar = true) WHERE level = 'household') r ON r.id = v.id
            WHERE v.status IS DISTINCT FROM r.status
            """;
        var disagreements = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds={seconds:F3} disagreements={disagreements}"));
        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
