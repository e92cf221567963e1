using System.Text.Json;
using System.Text.Json.Nodes;

namespace PovertyRules.Policy;

/// <summary>
/// Parses JSON and rejects what <see cref="JsonNode"/> accepts only to fail later, at the first access, with an
/// exception that names nothing: a name given twice in one object, and a string or name holding an unpaired
/// surrogate escape.
/// </summary>
internal static class StrictJson
{
    /// <summary>The tree of <paramref name="json"/>, or a <see cref="StrictJsonException"/> naming the path and reason.</summary>
    public static JsonNode? Parse(string json, JsonDocumentOptions options)
    {
        if (json.StartsWith('\uFEFF'))
        {
            json = json[1..];
        }

        try
        {
            using (var document = JsonDocument.Parse(json, options))
            {
                Check(document.RootElement);
            }

            return JsonNode.Parse(json, documentOptions: options);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw new StrictJsonException("$", $"not valid JSON{at}: {Trim(ConfinedFile.WithoutQuotes(e.Message))}", e);
        }
    }

    private static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    // Iterative, so that the check itself cannot overflow the stack whatever depth the options allow.
    private static void Check(JsonElement root)
    {
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (element, path) = pending.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    var index = 0;
                    foreach (var property in element.EnumerateObject())
                    {
                        var name = Text(() => property.Name, $"{path}.<name {index}>");
                        index++;
                        var child = $"{path}.{name}";
                        if (!names.Add(name))
                        {
                            throw new StrictJsonException(child, $"'{name}' is given twice in the same object");
                        }

                        pending.Push((property.Value, child));
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        pending.Push((item, $"{path}[{i++}]"));
                    }

                    break;
                case JsonValueKind.String:
                    Text(element.GetString, path);
                    break;
            }
        }
    }

    private static string Text(Func<string?> read, string path)
    {
        try
        {
            return read() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            throw new StrictJsonException(path, "the text holds an unpaired surrogate escape (\\uD800–\\uDFFF without its pair)");
        }
    }
}

/// <summary>JSON rejected by <see cref="StrictJson"/>: where and why.</summary>
internal sealed class StrictJsonException(string path, string reason, Exception? inner = null) : FormatException(reason, inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
