using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PovertyRules.Planning;
using PovertyRules.Policy;
using Sylvan.Data.Csv;

namespace PovertyRules.Cli.Inputs;

/// <summary>
/// Reads the planning commands' input files (documented in the README's "Planning" section): every figure named by
/// its column, a missing or malformed one a usage error naming the file, the data row and the column — never zero.
/// </summary>
internal static class PlanningFiles
{
    /// <summary>Counties to schedule: <c>code,name,rural_population,registered_poor</c>, then optionally one column per plan year (e.g. <c>2016</c>) with the county's planned reduction.</summary>
    public static IReadOnlyList<CountyPlanInput> ScheduleCounties(string path)
    {
        using var reader = Open(path, "code", "name", "rural_population", "registered_poor");
        var years = Enumerable.Range(0, reader.FieldCount)
            .Select(i => (Index: i, Name: reader.GetName(i).Trim()))
            .Where(c => c.Name.Length == 4 && c.Name.All(char.IsAsciiDigit))
            .Select(c => (c.Index, Year: int.Parse(c.Name, CultureInfo.InvariantCulture)))
            .ToList();
        var counties = new List<CountyPlanInput>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            var plan = years.Count == 0 ? null : years.ToImmutableSortedDictionary(y => y.Year, y => Long(reader, path, row, reader.GetName(y.Index)));
            counties.Add(new CountyPlanInput(
                Text(reader, path, row, "code"), Text(reader, path, row, "name"), Long(reader, path, row, "rural_population"), Long(reader, path, row, "registered_poor"), plan));
        }

        return counties;
    }

    /// <summary>A province's yearly targets: <c>year,reduction</c>.</summary>
    public static ImmutableSortedDictionary<int, long> Targets(string path)
    {
        using var reader = Open(path, "year", "reduction");
        var targets = ImmutableSortedDictionary.CreateBuilder<int, long>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            var year = (int)Long(reader, path, row, "year");
            if (!targets.TryAdd(year, Long(reader, path, row, "reduction")))
            {
                throw new UsageException($"{path}, data row {row}: the year {year} is given twice.");
            }
        }

        return targets.ToImmutable();
    }

    /// <summary>Counties to allocate to: <c>code,name,poor_people,rural_population,rural_income_per_capita,grade</c>; an empty cell is not recorded.</summary>
    public static IReadOnlyList<AllocationCounty> AllocationCounties(string path)
    {
        using var reader = Open(path, "code", "name", "poor_people", "rural_population", "rural_income_per_capita", "grade");
        var counties = new List<AllocationCounty>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            counties.Add(new AllocationCounty(
                Text(reader, path, row, "code"),
                Text(reader, path, row, "name"),
                Optional(reader, path, row, "poor_people", long.Parse),
                Optional(reader, path, row, "rural_population", long.Parse),
                Optional(reader, path, row, "rural_income_per_capita", decimal.Parse),
                reader.GetString(reader.GetOrdinal("grade")).Trim() is { Length: > 0 } grade ? grade : null));
        }

        return counties;
    }

    /// <summary>
    /// A province plan, JSON: <c>baseYear</c>, <c>startingPoor</c>, <c>yearlyTargets</c> (year → people),
    /// <c>targetYear</c>, <c>earlyYears</c>, <c>earlyShare</c> (<c>value</c>, <c>citation</c>, <c>verified</c>),
    /// <c>periodStart</c> and <c>periodEnd</c> (yyyy-MM-dd).
    /// </summary>
    public static ProvincePlan Plan(string path)
    {
        Exists(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var known = new[] { "baseYear", "startingPoor", "yearlyTargets", "targetYear", "earlyYears", "earlyShare", "periodStart", "periodEnd" };
            foreach (var property in root.EnumerateObject().Where(p => !known.Contains(p.Name)))
            {
                throw new UsageException($"{path}: unknown name '{property.Name}'; expected {string.Join(", ", known)}.");
            }

            JsonElement Get(JsonElement e, string name, string where) =>
                e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : throw new UsageException($"{path}: '{where}{name}' is missing.");
            var share = Get(root, "earlyShare", string.Empty);
            var targets = Get(root, "yearlyTargets", string.Empty).EnumerateObject()
                .ToImmutableSortedDictionary(p => int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : throw new UsageException($"{path}: yearlyTargets: '{p.Name}' is not a year."), p => p.Value.GetInt64());
            return new ProvincePlan(
                Get(root, "baseYear", string.Empty).GetInt32(),
                Get(root, "startingPoor", string.Empty).GetInt64(),
                targets,
                Get(root, "targetYear", string.Empty).GetInt32(),
                Get(root, "earlyYears", string.Empty).GetInt32(),
                new Parameter<decimal>(Get(share, "value", "earlyShare.").GetDecimal(), Get(share, "citation", "earlyShare.").GetString() ?? string.Empty, share.TryGetProperty("verified", out var v) && v.GetBoolean()),
                DateOnly.ParseExact(Get(root, "periodStart", string.Empty).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(Get(root, "periodEnd", string.Empty).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new UsageException($"{path} is not a valid plan: {e.Message}", e);
        }
    }

    private static CsvDataReader Open(string path, params string[] columns)
    {
        Exists(path);
        var reader = CsvDataReader.Create(path);
        var missing = columns.Where(c => !Enumerable.Range(0, reader.FieldCount).Any(i => reader.GetName(i).Trim() == c)).ToList();
        if (missing.Count > 0)
        {
            reader.Dispose();
            throw new UsageException($"{path} has no column {string.Join(", ", missing)}; expected {string.Join(",", columns)}.");
        }

        return reader;
    }

    private static void Exists(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path} does not exist.");
        }
    }

    private static string Text(CsvDataReader reader, string path, int row, string column) =>
        reader.GetString(reader.GetOrdinal(column)).Trim() is { Length: > 0 } text
            ? text
            : throw new UsageException($"{path}, data row {row}, column {column}: empty; it is required.");

    private static long Long(CsvDataReader reader, string path, int row, string column) =>
        Optional(reader, path, row, column, long.Parse) ?? throw new UsageException($"{path}, data row {row}, column {column}: empty; a missing figure is not taken as zero.");

    private static T? Optional<T>(CsvDataReader reader, string path, int row, string column, Func<string, IFormatProvider, T> parse)
        where T : struct
    {
        var text = reader.GetString(reader.GetOrdinal(column)).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new UsageException($"{path}, data row {row}, column {column}: '{text}' is not a number.", e);
        }
    }
}
