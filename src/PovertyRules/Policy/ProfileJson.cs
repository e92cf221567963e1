using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PovertyRules.Policy;

/// <summary>
/// Reads and writes <see cref="PolicyProfile"/> as JSON. A profile file holds <c>id</c>, <c>name</c>, <c>year</c>,
/// <c>povertyLines</c> (year → parameter) and <c>parameters</c> (name → parameter); a parameter is an object with
/// <c>value</c>, <c>unit</c>, <c>citation</c> and <c>verified</c>.
/// </summary>
public static class ProfileJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string LineUnit = "yuan/person/year";

    /// <summary>Writes <paramref name="profile"/> as indented JSON.</summary>
    public static string Save(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var lines = new JsonObject();
        foreach (var (year, line) in profile.PovertyLines)
        {
            lines[year.ToString(CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["value"] = line.Value,
                ["unit"] = LineUnit,
                ["citation"] = line.Citation,
                ["verified"] = line.Verified,
            };
        }

        var parameters = new JsonObject();
        foreach (var parameter in ProfileParameters.All)
        {
            parameters[parameter.Name] = parameter.ToJson(profile);
        }

        var root = new JsonObject
        {
            ["id"] = profile.Id,
            ["name"] = profile.Name,
            ["year"] = profile.Year,
            ["povertyLines"] = lines,
            ["parameters"] = parameters,
        };
        return root.ToJsonString(Options);
    }

    /// <summary>Reads a profile from JSON text.</summary>
    /// <exception cref="ProfileFormatException">The text is not a valid profile; the exception names the path and reason.</exception>
    public static PolicyProfile Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ProfileFormatException("$", $"not valid JSON: {e.Message}", e);
        }

        return Read(root);
    }

    /// <summary>Reads a profile from a JSON file.</summary>
    /// <exception cref="ProfileFormatException">The file is not a valid profile.</exception>
    public static PolicyProfile LoadFile(string path) => Load(File.ReadAllText(path));

    private static PolicyProfile Read(JsonNode? root)
    {
        var obj = AsObject(root, "$");
        CheckKnown(obj, "$", ["id", "name", "year", "povertyLines", "parameters"]);
        var id = ReadString(obj["id"], "$.id");
        var name = ReadString(obj["name"], "$.name");
        var year = Read<int>(obj["year"], "$.year");

        var linesObj = AsObject(obj["povertyLines"], "$.povertyLines");
        var lines = ImmutableSortedDictionary.CreateBuilder<int, Parameter<decimal>>();
        foreach (var (key, node) in linesObj)
        {
            var path = $"$.povertyLines.{key}";
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var lineYear))
            {
                throw new ProfileFormatException(path, $"'{key}' is not a year");
            }

            lines[lineYear] = ReadParameter<decimal>(node, path, LineUnit);
        }

        // Every parameter must be present, so the template's values never survive into the result.
        var profile = PolicyProfiles.National(PolicyProfiles.LastYear) with
        {
            Id = id,
            Name = name,
            Year = year,
            PovertyLines = lines.ToImmutable(),
        };
        var parameters = AsObject(obj["parameters"], "$.parameters");
        CheckKnown(parameters, "$.parameters", [.. ProfileParameters.All.Select(p => p.Name)]);
        foreach (var parameter in ProfileParameters.All)
        {
            var path = $"$.parameters.{parameter.Name}";
            if (!parameters.ContainsKey(parameter.Name))
            {
                throw new ProfileFormatException(path, "the parameter is missing");
            }

            profile = parameter.FromJson(profile, parameters[parameter.Name], path);
        }

        var problems = ProfileValidator.Validate(profile);
        if (problems.Count > 0)
        {
            throw new ProfileFormatException(problems[0].Path, problems[0].Reason);
        }

        return profile;
    }

    internal static Parameter<T> ReadParameter<T>(JsonNode? node, string path, string unit)
    {
        var obj = AsObject(node, path);
        CheckKnown(obj, path, ["value", "unit", "citation", "verified"]);
        if (obj["unit"] is { } unitNode && ReadString(unitNode, path + ".unit") != unit)
        {
            throw new ProfileFormatException(path + ".unit", $"expected unit '{unit}', found '{unitNode}'");
        }

        if (!obj.ContainsKey("value"))
        {
            throw new ProfileFormatException(path + ".value", "the value is missing");
        }

        var value = Read<T>(obj["value"], path + ".value");
        var citation = ReadString(obj["citation"], path + ".citation");
        var verified = Read<bool>(obj["verified"], path + ".verified");
        return new Parameter<T>(value, citation, verified);
    }

    internal static string FormatValue<T>(T value) =>
        value switch
        {
            null => "none",
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            IDictionary dictionary => dictionary.Count == 0
                ? "none"
                : string.Join(", ", dictionary.Keys.Cast<object>().Select(k => $"{k}={FormatValue(dictionary[k])}")),
            IEnumerable items => string.Join(", ", items.Cast<object>().Select(FormatValue)),
            _ => value.ToString() ?? string.Empty,
        };

    private static T Read<T>(JsonNode? node, string path)
    {
        if (node is null && default(T) is not null)
        {
            throw new ProfileFormatException(path, $"expected {Describe<T>()}, found null or nothing");
        }

        try
        {
            return node is null ? default! : node.Deserialize<T>(Options)!;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new ProfileFormatException(path, $"expected {Describe<T>()}, found {node!.ToJsonString()}", e);
        }
    }

    private static string Describe<T>()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type switch
        {
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
            _ when type == typeof(string) => "a string",
            _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(ImmutableSortedSet<int>) => "an array of whole numbers",
            _ when type == typeof(ImmutableSortedDictionary<string, bool>) => "an object of county code → true/false",
            _ => type.Name,
        };
    }

    private static string ReadString(JsonNode? node, string path)
    {
        var text = Read<string>(node, path);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProfileFormatException(path, "expected a non-empty string");
        }

        return text;
    }

    private static JsonObject AsObject(JsonNode? node, string path) =>
        node as JsonObject ?? throw new ProfileFormatException(path, $"expected an object, found {node?.ToJsonString() ?? "nothing"}");

    private static void CheckKnown(JsonObject obj, string path, string[] known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key))
            {
                throw new ProfileFormatException($"{path}.{key}", $"unknown name; expected one of {string.Join(", ", known)}");
            }
        }
    }
}

/// <summary>A policy profile that cannot be read: <see cref="Path"/> says where, <see cref="Reason"/> why.</summary>
public sealed class ProfileFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ProfileFormatException(string path, string reason, Exception? inner = null)
        : base($"Policy profile {path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending element, e.g. <c>$.parameters.yearsAboveLine.value</c>.</summary>
    public string Path { get; }

    /// <summary>Why it was rejected.</summary>
    public string Reason { get; }
}
