using System.Text.Json;
using System.Text.Json.Nodes;
using PovertyRules.Live;

namespace PovertyRules.Data;

/// <summary>
/// Reads a change log written by <see cref="ChangeLogWriter"/> back into applied changes, lazily and in order, so that
/// it can be replayed over the records it started from (<c>register.ApplyAll(...)</c>) to reproduce the same state.
/// </summary>
public static class ChangeLogReader
{
    /// <summary>Reads the change log at <paramref name="path"/>; blank lines are skipped.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ChangeLogFormatException">
    /// Raised while enumerating: a line is not JSON, names no known kind, lacks its sequence or time, or holds a record
    /// that does not read; the message names the file, the line, the property path and why.
    /// </exception>
    public static IEnumerable<AppliedChange> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path);
    }

    /// <summary>Reads a change log from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ChangeLogFormatException">Raised while enumerating, as for <see cref="Read(string)"/>.</exception>
    public static IEnumerable<AppliedChange> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return ReadLines(reader, source);
    }

    private static IEnumerable<AppliedChange> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var change in ReadLines(reader, path))
        {
            yield return change;
        }
    }

    private static IEnumerable<AppliedChange> ReadLines(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, $"{source}:{number}");
        }
    }

    private static AppliedChange Parse(string line, string at)
    {
        JsonObject entry;
        try
        {
            entry = JsonNode.Parse(line) as JsonObject ?? throw new ChangeLogFormatException($"{at}: expected an object with sequence, time, kind and the change's records");
        }
        catch (JsonException e)
        {
            throw new ChangeLogFormatException($"{at}: not JSON: {e.Message}", e);
        }

        var kindName = Text(entry, "kind", at);
        if (!ChangeLogJson.Kinds.TryGetValue(kindName, out var kind))
        {
            throw new ChangeLogFormatException($"{at}: kind '{kindName}' is not a change kind; expected one of {string.Join(", ", ChangeLogJson.Kinds.Keys.Order(StringComparer.Ordinal))}");
        }

        long sequence;
        DateTimeOffset time;
        try
        {
            sequence = entry["sequence"]?.GetValue<long>() ?? throw new ChangeLogFormatException($"{at}: missing sequence");
            time = entry["time"]?.GetValue<DateTimeOffset>() ?? throw new ChangeLogFormatException($"{at}: missing time");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new ChangeLogFormatException($"{at}: sequence must be a whole number and time an ISO 8601 date and time: {e.Message}", e);
        }

        entry.Remove("sequence");
        entry.Remove("time");
        entry.Remove("kind");
        try
        {
            var change = (LiveChange?)entry.Deserialize(kind, ChangeLogJson.Options) ?? throw new ChangeLogFormatException($"{at}: the change is null");
            return new AppliedChange(sequence, time, change);
        }
        catch (JsonException e)
        {
            var cut = e.Message.IndexOf(" Path:", StringComparison.Ordinal);
            throw new ChangeLogFormatException($"{at}: {kindName} at {e.Path ?? "$"}: {(cut > 0 ? e.Message[..cut] : e.Message)}", e);
        }
    }

    private static string Text(JsonObject entry, string name, string at)
    {
        try
        {
            return entry[name]?.GetValue<string>() ?? throw new ChangeLogFormatException($"{at}: missing {name}");
        }
        catch (InvalidOperationException e)
        {
            throw new ChangeLogFormatException($"{at}: {name} must be text", e);
        }
    }
}
