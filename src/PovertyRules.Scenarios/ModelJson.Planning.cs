using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios;

/// <summary>The planning scenarios' inputs: every figure named, none taken as zero when it is missing.</summary>
internal static partial class ModelJson
{
    private static readonly string[] ScheduleKeys = ["baseYear", "counties", "provinceTargets", "split"];
    private static readonly string[] PlanKeys = ["baseYear", "startingPoor", "yearlyTargets", "targetYear", "earlyYears", "earlyShare", "periodStart", "periodEnd", "counties", "split"];
    private static readonly string[] AllocationKeys = ["fund", "counties"];

    public static PlanningInput ReadPlanning(ScenarioKind kind, JsonObject node, SourceDocument source, string path)
    {
        switch (kind)
        {
            case ScenarioKind.Schedule:
                Known(node, source, path, ScheduleKeys);
                return new PlanningInput
                {
                    BaseYear = Number<int>(node, "baseYear", source, path),
                    Counties = PlanCounties(node, source, path, required: true),
                    ProvinceTargets = node.ContainsKey("provinceTargets") ? Years(node, "provinceTargets", source, path) : null,
                    Split = Split(node, source, path),
                };
            case ScenarioKind.Plan:
                Known(node, source, path, PlanKeys);
                var share = node["earlyShare"] as JsonObject ?? throw source.Error($"{path}.earlyShare", "expected the stated share as { value, citation, verified }");
                Known(share, source, $"{path}.earlyShare", ["value", "citation", "verified"]);
                return new PlanningInput
                {
                    BaseYear = Number<int>(node, "baseYear", source, path),
                    Counties = PlanCounties(node, source, path, required: false),
                    Split = Split(node, source, path),
                    Plan = new ProvincePlan(
                        Number<int>(node, "baseYear", source, path),
                        Number<long>(node, "startingPoor", source, path),
                        Years(node, "yearlyTargets", source, path),
                        Number<int>(node, "targetYear", source, path),
                        Number<int>(node, "earlyYears", source, path),
                        new Parameter<decimal>(Number<decimal>(share, "value", source, $"{path}.earlyShare"), Text(share, "citation", source, $"{path}.earlyShare"), share["verified"] is JsonValue v && v.TryGetValue<bool>(out var verified) && verified),
                        Date(node, "periodStart", source, path),
                        Date(node, "periodEnd", source, path)),
                };
            default:
                Known(node, source, path, AllocationKeys);
                var list = node["counties"] as JsonArray ?? throw source.Error($"{path}.counties", "expected a list of counties (code, name, poorPeople, ruralPopulation, ruralIncomePerCapita, grade)");
                return new PlanningInput
                {
                    Fund = Number<long>(node, "fund", source, path),
                    AllocationCounties = [.. list.Select((c, i) => Read<AllocationCounty>(c, source, $"{path}.counties[{i}]", "a county (code, name, poorPeople, ruralPopulation, ruralIncomePerCapita, grade)"))],
                };
        }
    }

    private static ImmutableArray<CountyPlanInput> PlanCounties(JsonObject node, SourceDocument source, string path, bool required)
    {
        if (node["counties"] is not JsonArray list)
        {
            return required || node.ContainsKey("counties")
                ? throw source.Error($"{path}.counties", "expected a list of counties (code, name, ruralPopulation, registeredPoor, optionally plannedReductions)")
                : [];
        }

        var counties = ImmutableArray.CreateBuilder<CountyPlanInput>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"{path}.counties[{i}]";
            if (list[i] is JsonObject county)
            {
                foreach (var key in new[] { "code", "ruralPopulation", "registeredPoor" }.Where(k => county[k] is null))
                {
                    throw source.Error($"{at}.{key}", $"'{key}' is missing: a county's figures are never taken as zero");
                }
            }

            counties.Add(Read<CountyPlanInput>(list[i], source, at, "a county (code, name, ruralPopulation, registeredPoor, optionally plannedReductions)"));
        }

        return counties.MoveToImmutable();
    }

    private static ImmutableSortedDictionary<int, long> Years(JsonObject node, string key, SourceDocument source, string path)
    {
        var years = node[key] as JsonObject ?? throw source.Error($"{path}.{key}", "expected a mapping of year to people, e.g. { 2016: 1100000 }");
        var result = ImmutableSortedDictionary.CreateBuilder<int, long>();
        foreach (var (year, _) in years)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw source.Error($"{path}.{key}.{year}", $"expected a year, found '{year}'");
            }

            result[y] = Number<long>(years, year, source, $"{path}.{key}");
        }

        return result.ToImmutable();
    }

    private static SplitRule Split(JsonObject node, SourceDocument source, string path)
    {
        if (node["split"] is null)
        {
            return SplitRule.ByPoorPeople;
        }

        var text = Text(node, "split", source, path);
        return Enum.TryParse<SplitRule>(text, ignoreCase: false, out var rule) && Enum.IsDefined(rule) && !char.IsDigit(text[0])
            ? rule
            : throw source.Error($"{path}.split", $"expected ByPoorPeople or ByIncidence, found '{text}'");
    }

    private static T Number<T>(JsonObject node, string key, SourceDocument source, string path)
        where T : struct =>
        node[key] is JsonValue value && value.TryGetValue<T>(out var number)
            ? number
            : throw source.Error($"{path}.{key}", $"expected a number ({typeof(T).Name}), found {Show(node[key])}");

    private static string Text(JsonObject node, string key, SourceDocument source, string path) =>
        node[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw source.Error($"{path}.{key}", $"expected non-empty text, found {Show(node[key])}");

    private static DateOnly Date(JsonObject node, string key, SourceDocument source, string path) =>
        DateOnly.TryParseExact(Text(node, key, source, path), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw source.Error($"{path}.{key}", $"expected a date yyyy-MM-dd, found {Show(node[key])}");

    private static void Known(JsonObject node, SourceDocument source, string path, string[] keys)
    {
        foreach (var (key, _) in node)
        {
            if (!keys.Contains(key))
            {
                throw source.Error($"{path}.{key}", $"unknown name '{key}'; expected one of {string.Join(", ", keys)}");
            }
        }
    }
}
