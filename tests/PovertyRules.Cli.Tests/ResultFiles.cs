using System.Text.Json;
using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

namespace PovertyRules.Cli.Tests;

/// <summary>Reads what a run wrote: result CSVs, summary.json, and the numbers the HTML report shows.</summary>
internal static partial class ResultFiles
{
    /// <summary>Rows of a result CSV, as column → value.</summary>
    public static List<Dictionary<string, string>> Csv(string path)
    {
        using var reader = CsvDataReader.Create(path);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Records per status in a result CSV (one row per record).</summary>
    public static Dictionary<string, long> StatusCounts(string path) =>
        Csv(path).GroupBy(r => r["status"]).ToDictionary(g => g.Key, g => (long)g.Count());

    public static JsonElement Summary(string directory) => JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "summary.json"))).RootElement;

    /// <summary>The summary's records per status of one level (statuses with no records left out).</summary>
    public static Dictionary<string, long> SummaryStatuses(JsonElement summary, string level) =>
        summary.GetProperty("statuses").EnumerateArray()
            .Where(s => s.GetProperty("level").GetString() == level && s.GetProperty("records").GetInt64() > 0)
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("records").GetInt64());

    /// <summary>The report's outcome table of one level: records per status (statuses with none left out).</summary>
    public static Dictionary<string, long> ReportStatuses(string html, string level)
    {
        var table = Regex.Match(html, $"<table class=\"outcome\" data-level=\"{level}\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        return StatusRow().Matches(table)
            .Select(m => (Status: m.Groups[1].Value, Records: long.Parse(m.Groups[2].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)))
            .Where(r => r.Records > 0)
            .ToDictionary(r => r.Status, r => r.Records);
    }

    /// <summary>The console summary's table rows of one level (by its English name): records per status.</summary>
    public static Dictionary<string, long> ConsoleStatuses(string output, string levelName) =>
        output.Split('\n')
            .SkipWhile(line => !line.Contains("Outcomes per level", StringComparison.Ordinal))
            .TakeWhile(line => !line.StartsWith('└'))
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 5 && cells[1] == levelName)
            .ToDictionary(cells => cells[2], cells => long.Parse(cells[3].Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex("<tr data-status=\"([A-Za-z]+)\">.*?<td class=\"n records\">([0-9,]+)</td>", RegexOptions.Singleline)]
    private static partial Regex StatusRow();
}
