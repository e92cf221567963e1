using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PovertyRules.Scenarios;

/// <summary>
/// A scenario or sample file read into a JSON tree, whatever its syntax, with the line where each element starts (YAML
/// only) so that every error can point at a line.
/// </summary>
/// <remarks>
/// YAML scalars are typed by the YAML 1.2 core schema, not 1.1: only <c>true</c>/<c>false</c> are booleans, so a
/// <c>yes</c> or <c>no</c> stays text and fails where a boolean is expected instead of being silently read as one. A plain
/// scalar that is a JSON number becomes a number; one such as <c>0431</c> stays text, so codes keep their zeros.
/// </remarks>
internal sealed partial class SourceDocument
{
    private readonly Dictionary<string, int> _lines;

    private SourceDocument(string file, JsonNode? root, Dictionary<string, int> lines)
    {
        File = file;
        Root = root;
        _lines = lines;
    }

    public string File { get; }

    public JsonNode? Root { get; }

    /// <summary>Reads YAML, or JSON when the file name ends in <c>.json</c>.</summary>
    public static SourceDocument Read(string text, string file) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(text, file) : ReadYaml(text, file);

    /// <summary>The line of the element at <paramref name="path"/>, or of its nearest enclosing element that has one.</summary>
    public int? LineOf(string path)
    {
        for (var probe = path; probe.Length > 0; probe = Parent(probe))
        {
            if (_lines.TryGetValue(probe, out var line))
            {
                return line;
            }
        }

        return null;
    }

    public ScenarioFormatException Error(string path, string reason, Exception? inner = null) => new(File, path, LineOf(path), reason, inner);

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static SourceDocument ReadJson(string text, string file)
    {
        try
        {
            var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new SourceDocument(file, root, []);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new ScenarioFormatException(file, "$", line, $"not valid JSON: {e.Message}", e);
        }
    }

    private static SourceDocument ReadYaml(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ScenarioFormatException(file, "$", (int)e.Start.Line, $"not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count > 1)
        {
            throw new ScenarioFormatException(file, "$", (int)stream.Documents[1].RootNode.Start.Line, "a file holds one YAML document; remove the second '---'");
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var root = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, "$", lines, file);
        return new SourceDocument(file, root, lines);
    }

    private static JsonNode? Convert(YamlNode node, string path, Dictionary<string, int> lines, string file)
    {
        lines[path] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                var merges = new List<YamlNode>();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        throw new ScenarioFormatException(file, path, (int)keyNode.Start.Line, "a key must be plain text");
                    }

                    if (key == "<<" && ((YamlScalarNode)keyNode).Style == ScalarStyle.Plain)
                    {
                        merges.AddRange(valueNode is YamlSequenceNode list ? list.Children : [valueNode]);
                        continue;
                    }

                    if (obj.ContainsKey(key))
                    {
                        throw new ScenarioFormatException(file, $"{path}.{key}", (int)keyNode.Start.Line, $"'{key}' is given twice");
                    }

                    obj[key] = Convert(valueNode, $"{path}.{key}", lines, file);
                }

                // A YAML merge key (<<: *anchor) adds the anchored mapping's entries; the mapping's own keys win.
                foreach (var merged in merges)
                {
                    if (Convert(merged, $"{path}.<<", lines, file) is not JsonObject source)
                    {
                        throw new ScenarioFormatException(file, $"{path}.<<", (int)merged.Start.Line, "'<<' merges a mapping (or a list of mappings)");
                    }

                    foreach (var (key, value) in source.ToList())
                    {
                        if (!obj.ContainsKey(key))
                        {
                            source.Remove(key);
                            obj[key] = value;
                        }
                    }
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, $"{path}[{array.Count}]", lines, file));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new ScenarioFormatException(file, path, (int)node.Start.Line, $"unsupported YAML node {node.NodeType}");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var explicitlyText = !scalar.Tag.IsEmpty && scalar.Tag.Value.EndsWith(":str", StringComparison.Ordinal);
        if (scalar.Style != ScalarStyle.Plain || explicitlyText)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when JsonNumber().IsMatch(text) => JsonNode.Parse(text),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
