using System.Collections.Immutable;
using System.Text.Json;

namespace PovertyRules.Model;

/// <summary>
/// Data a rule pack defines for a record, beside the national model: named entries, each either a typed value the
/// caller built or the JSON text a reader or scenario file carried (read into the pack's type when the pack runs).
/// Immutable; two are equal when they hold the same names with equal values (JSON compared as text).
/// </summary>
/// <example>
/// <code>
/// var household = record with { Extensions = ExtensionData.Empty.With("guangxi", new GuangxiHousehold(...)) };
/// </code>
/// </example>
public sealed class ExtensionData : IEquatable<ExtensionData>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly ImmutableSortedDictionary<string, object> _entries;

    private ExtensionData(ImmutableSortedDictionary<string, object> entries) => _entries = entries;

    /// <summary>No extension data.</summary>
    public static ExtensionData Empty { get; } = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    /// <summary>The names of the entries, in ordinal order.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>Whether an entry named <paramref name="name"/> is present.</summary>
    public bool Contains(string name) => _entries.ContainsKey(name);

    /// <summary>A copy with the entry <paramref name="name"/> set to <paramref name="value"/> (an immutable record of the pack's type).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ExtensionData With<T>(string name, T value)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        return new(_entries.SetItem(name, value));
    }

    /// <summary>A copy with the entry <paramref name="name"/> set to a JSON object, read into the pack's type when it runs.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="json"/> is not a JSON object (the message says where).</exception>
    public ExtensionData WithJson(string name, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"Extension '{name}': expected a JSON object, found {document.RootElement.ValueKind}.", nameof(json));
            }

            return new(_entries.SetItem(name, new JsonText(document.RootElement.GetRawText())));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Extension '{name}': not valid JSON ({e.Message}).", nameof(json), e);
        }
    }

    /// <summary>
    /// The entry <paramref name="name"/> as a <typeparamref name="T"/>: the value set with <see cref="With{T}"/>, or the
    /// JSON text read into one (camel-case property names; an unknown property is an error); <c>null</c> when absent.
    /// </summary>
    /// <exception cref="InvalidOperationException">The entry holds another type, or JSON that does not read as a <typeparamref name="T"/>.</exception>
    public T? Get<T>(string name)
        where T : class
    {
        if (!_entries.TryGetValue(name, out var entry))
        {
            return null;
        }

        switch (entry)
        {
            case T value:
                return value;
            case JsonText text:
                try
                {
                    return JsonSerializer.Deserialize<T>(text.Json, JsonOptions)
                        ?? throw new InvalidOperationException($"Extension '{name}' is null.");
                }
                catch (JsonException e)
                {
                    throw new InvalidOperationException($"Extension '{name}' does not read as {typeof(T).Name}: {e.Message}", e);
                }

            default:
                throw new InvalidOperationException($"Extension '{name}' holds a {entry.GetType().Name}, not a {typeof(T).Name}.");
        }
    }

    /// <inheritdoc />
    public bool Equals(ExtensionData? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (_entries.Count == other._entries.Count && _entries.All(e => other._entries.TryGetValue(e.Key, out var o) && Equals(e.Value, o))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc />
    public override int GetHashCode() => _entries.Aggregate(0, (hash, e) => HashCode.Combine(hash, e.Key, e.Value));

    /// <summary>The entries' names, e.g. <c>[guangxi]</c>.</summary>
    public override string ToString() => $"[{string.Join(", ", _entries.Keys)}]";

    private sealed record JsonText(string Json);
}
