using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using PovertyRules.Model;

namespace PovertyRules.Scenarios;

/// <summary>
/// Reads model records (households, villages, counties) from a JSON tree with the names of the C# properties in camelCase, enums by name
/// or register code, and errors that say what was expected and what was found.
/// </summary>
internal static partial class ModelJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(), new TextConverter(), new ExtensionsConverter() },
    };

    private static readonly Dictionary<string, Type> ModelTypes = typeof(Household).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == typeof(Household).Namespace)
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static Household ReadHousehold(JsonNode? node, SourceDocument source, string path) =>
        Read<Household>(node, source, path, "a household (an object with id, villageCode, members, …)");

    public static Village ReadVillage(JsonNode? node, SourceDocument source, string path) =>
        Read<Village>(node, source, path, "a village (an object with code, ruralPopulation, remainingPoorPeople, …)");

    public static County ReadCounty(JsonNode? node, SourceDocument source, string path) =>
        Read<County>(node, source, path, "a county (an object with code, ruralPopulation, remainingPoorPeople, evaluation, …)");

    public static CountyAccountability ReadAccountability(JsonNode? node, SourceDocument source, string path) =>
        Read<CountyAccountability>(node, source, path, "a county's accountability record (an object with code, designated, decapped, leaders, proposedTransfers, years, assistance, …)");

    private static T Read<T>(JsonNode? node, SourceDocument source, string path, string what)
        where T : class
    {
        if (node is not JsonObject)
        {
            throw source.Error(path, $"expected {what}, found {Show(node)}");
        }

        try
        {
            return node.Deserialize<T>(Options) ?? throw source.Error(path, $"expected {what}, found null");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            // The serializer's own depth limit (64, counted from the record) can be reached when the caller raises
            // ScenarioLoadOptions.MaxNestingDepth; it throws without a path.
            throw source.Error(path, "the record nests deeper than 64 levels, the most the record reader takes", e);
        }
        catch (JsonException e)
        {
            var inner = e.Path is { Length: > 1 } p ? p[1..] : string.Empty;
            var at = path + inner;
            throw source.Error(at, Reason(e, Find(node, inner)), e);
        }
    }

    private static string Reason(JsonException e, JsonNode? found)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (ConvertedTo().Match(message) is { Success: true } match)
        {
            return $"expected {Describe(match.Groups[1].Value)}, found {Show(found)}";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"missing {missing.Groups[1].Value}";
        }

        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            return $"unknown name '{unmapped.Groups[1].Value}'";
        }

        return message;
    }

    private static string Describe(string typeName)
    {
        var nullable = NullableOf().Match(typeName);
        var name = nullable.Success ? nullable.Groups[1].Value : typeName;
        return name switch
        {
            "System.Boolean" => "true or false",
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Decimal" or "System.Double" => "a number",
            "System.String" => "text",
            "System.DateOnly" => "a date (yyyy-MM-dd)",
            _ when ModelTypes.TryGetValue(name, out var type) && type.IsEnum =>
                $"one of {string.Join(", ", Enum.GetNames(type))} (or its register code)",
            _ when ModelTypes.TryGetValue(name, out var type) => $"{Article(type.Name)} {type.Name} (an object)",
            _ when name.StartsWith("System.Collections", StringComparison.Ordinal) => "a list",
            _ => name,
        };
    }

    private static string Article(string word) => "AEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private static JsonNode? Find(JsonNode? node, string path)
    {
        foreach (Match step in PathStep().Matches(path))
        {
            node = step.Groups["name"].Success
                ? (node as JsonObject)?[step.Groups["name"].Value]
                : node is JsonArray array && int.TryParse(step.Groups["index"].ValueSpan, out var i) && i < array.Count ? array[i] : null;
        }

        return node;
    }

    [GeneratedRegex(@"could not be converted to (.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"missing required properties including: (.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '(.+?)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathStep();

    /// <summary>Reads text, and also a number written without quotes (a YAML code such as 431226101201) as its digits.</summary>
    private sealed class TextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                _ => throw new JsonException($"The JSON value could not be converted to System.String."),
            };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>
    /// Reads a household's <c>extensions</c>: an object whose entries are the rule packs' data, each a JSON object
    /// (<c>extensions: { guangxi: { housingArea: 48 } }</c>), kept as JSON until the pack reads it into its own type.
    /// </summary>
    private sealed class ExtensionsConverter : JsonConverter<ExtensionData>
    {
        public override ExtensionData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("The JSON value could not be converted to PovertyRules.Model.ExtensionData.");
            }

            var data = ExtensionData.Empty;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                reader.Read();
                using var entry = JsonDocument.ParseValue(ref reader);
                if (entry.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonException($"Extension '{name}': expected an object of the rule pack's data, found {entry.RootElement.ValueKind}.");
                }

                data = data.WithJson(name, entry.RootElement.GetRawText());
            }

            return data;
        }

        public override void Write(Utf8JsonWriter writer, ExtensionData value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Scenario records are read, not written.");
    }
}
