using System.Text.Json;
using System.Text.Json.Serialization;
using PovertyRules.Live;
using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>The JSON shape of a change log line: the C# names in camelCase, enums by name, extension data as JSON objects.</summary>
internal static class ChangeLogJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new ExtensionsConverter() },
    };

    /// <summary>The change kinds by name: every concrete type deriving from <see cref="LiveChange"/>.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Kinds = typeof(LiveChange).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(LiveChange)))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Writes a household's extensions as one JSON object per entry, and reads them back as JSON for the pack to read.</summary>
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
                data = data.WithJson(name, entry.RootElement.GetRawText());
            }

            return data;
        }

        public override void Write(Utf8JsonWriter writer, ExtensionData value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var name in value.Names)
            {
                writer.WritePropertyName(name);
                System.Text.Json.Nodes.JsonObject? json;
                try
                {
                    // An entry read from JSON is still JSON; one set in code is the pack's own record.
                    json = value.Get<System.Text.Json.Nodes.JsonObject>(name);
                }
                catch (InvalidOperationException)
                {
                    json = null;
                }

                if (json is not null)
                {
                    json.WriteTo(writer, options);
                }
                else if (value.Get<object>(name) is { } entry)
                {
                    JsonSerializer.Serialize(writer, entry, entry.GetType(), options);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }
    }
}
