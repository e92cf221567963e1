using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PovertyRules.Policy;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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

    /// <summary>Reads YAML, or JSON when the file name ends in <c>.json</c>, within the limits of <paramref name="options"/>.</summary>
    public static SourceDocument Read(string text, string file, ScenarioLoadOptions options) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(text, file, options) : ReadYaml(text, file, options);

    /// <summary>The text of the file the caller named, refused when it is not a regular file or is too large.</summary>
    public static string ReadFile(string path, ScenarioLoadOptions options)
    {
        try
        {
            return ConfinedFile.ReadText(Path.GetFullPath(path), options.MaxFileBytes, root: null);
        }
        catch (RefusedFileException e)
        {
            throw new ScenarioFormatException(path, "$", null, $"the file is not read: {e.Message}");
        }
    }

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

    private static SourceDocument ReadJson(string text, string file, ScenarioLoadOptions options)
    {
        try
        {
            var documentOptions = new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = options.MaxNestingDepth,
            };
            return new SourceDocument(file, StrictJson.Parse(text, documentOptions), []);
        }
        catch (StrictJsonException e)
        {
            var line = (e.InnerException as JsonException)?.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new ScenarioFormatException(file, e.Path, line, e.Reason, e);
        }
    }

    private static SourceDocument ReadYaml(string text, string file, ScenarioLoadOptions options)
    {
        var stream = new YamlStream();
        try
        {
            CheckLimits(text, file, options);
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ScenarioFormatException(file, "$", (int)e.Start.Line, $"not valid YAML: {ConfinedFile.WithoutQuotes(e.Message)}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Found by fuzzing: on some malformed tags, escapes and document markers the YAML reader throws these
            // instead of a YamlException. The event walk has already passed, so the tree builder failed: no line.
            throw new ScenarioFormatException(file, "$", null, $"not valid YAML: {ConfinedFile.WithoutQuotes(e.Message)}", e);
        }

        if (stream.Documents.Count > 1)
        {
            throw new ScenarioFormatException(file, "$", (int)stream.Documents[1].RootNode.Start.Line, "a file holds one YAML document; remove the second '---'");
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var root = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, "$", lines, file);
        return new SourceDocument(file, root, lines);
    }

    /// <summary>
    /// Walks the YAML as events, before any tree exists, and stops a file that nests too deeply, names an alias inside
    /// the node it stands for (which would expand forever), or whose aliases would add more nodes than allowed: the
    /// tree and its conversion are built by recursion and by expanding every alias, so each of these would otherwise
    /// overflow the stack or exhaust memory.
    /// </summary>
    private static void CheckLimits(string text, string file, ScenarioLoadOptions options)
    {
        const long Open = -1;
        var cap = options.MaxAliasNodes + 1;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        long added = 0;
        var parser = new Parser(new StringReader(text));
        var line = 1;
        while (Next(parser, file, line))
        {
            var current = parser.Current!;
            line = (int)current.Start.Line;
            switch (current)
            {
                case AnchorAlias alias:
                    var name = alias.Value.Value;
                    if (!sizes.TryGetValue(name, out var size))
                    {
                        throw new ScenarioFormatException(file, "$", line, $"the alias '*{name}' names no anchor '&{name}' defined before it");
                    }

                    if (size == Open)
                    {
                        throw new ScenarioFormatException(file, "$", line, $"the alias '*{name}' stands inside the node '&{name}' it names, which would expand forever");
                    }

                    added = Math.Min(cap, added + size);
                    if (added > options.MaxAliasNodes)
                    {
                        throw new ScenarioFormatException(
                            file, "$", line, $"aliases expand to more than {options.MaxAliasNodes} nodes (ScenarioLoadOptions.MaxAliasNodes); is this an alias bomb?");
                    }

                    Count(open, size, cap);
                    break;
                case YamlDotNet.Core.Events.Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    Count(open, 1, cap);
                    break;
                case NodeEvent { } node and (MappingStart or SequenceStart):
                    if (open.Count >= options.MaxNestingDepth)
                    {
                        throw new ScenarioFormatException(
                            file, "$", line, $"mappings and lists nest deeper than {options.MaxNestingDepth} levels (ScenarioLoadOptions.MaxNestingDepth)");
                    }

                    var anchor = node.Anchor.IsEmpty ? null : node.Anchor.Value;
                    if (anchor is not null)
                    {
                        sizes[anchor] = Open;
                    }

                    open.Push((anchor, 1));
                    break;
                case MappingEnd or SequenceEnd:
                    var (closed, nodes) = open.Pop();
                    if (closed is not null)
                    {
                        sizes[closed] = nodes;
                    }

                    Count(open, nodes, cap);
                    break;
            }
        }
    }

    // Found by fuzzing: the YAML reader throws ArgumentException or InvalidOperationException, not YamlException, on
    // some malformed input ("!<>", "!!+*", a \U escape past U+10FFFF, NULs after "..."); the line is the last one read.
    private static bool Next(Parser parser, string file, int line)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ScenarioFormatException(file, "$", line, $"not valid YAML: {ConfinedFile.WithoutQuotes(e.Message)}", e);
        }
    }

    private static void Count(Stack<(string? Anchor, long Nodes)> open, long nodes, long cap)
    {
        if (open.TryPop(out var top))
        {
            open.Push((top.Anchor, Math.Min(cap, top.Nodes + nodes)));
        }
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

                    if (HasLoneSurrogate(key))
                    {
                        throw new ScenarioFormatException(file, path, (int)keyNode.Start.Line, LoneSurrogate);
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
                return HasLoneSurrogate(scalar.Value)
                    ? throw new ScenarioFormatException(file, path, (int)scalar.Start.Line, LoneSurrogate)
                    : Scalar(scalar);
            default:
                throw new ScenarioFormatException(file, path, (int)node.Start.Line, $"unsupported YAML node {node.NodeType}");
        }
    }

    private const string LoneSurrogate = "the text holds an unpaired surrogate (\\uD800–\\uDFFF without its pair)";

    // An unpaired surrogate cannot be written as UTF-8, so it would fail later, where the value is read, naming nothing.
    private static bool HasLoneSurrogate(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
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
