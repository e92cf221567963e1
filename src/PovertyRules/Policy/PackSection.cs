using System.Collections.Immutable;
using System.Globalization;

namespace PovertyRules.Policy;

/// <summary>
/// A rule pack's own section of a profile (<c>"packs": { "guangxi": { … } }</c>): its figures by name, each cited. A
/// pack reads the figures it needs with <see cref="Require"/>, which checks presence and range with the same errors a
/// profile file gets. Immutable; equal when the name and every figure are equal.
/// </summary>
public sealed class PackSection : IEquatable<PackSection>
{
    /// <summary>A section named <paramref name="name"/> with <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a parameter's citation is.</exception>
    public PackSection(string name, IEnumerable<KeyValuePair<string, PackParameter>> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameters);
        Name = name;
        Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, parameters);
        foreach (var (key, parameter) in Parameters)
        {
            if (parameter is null || string.IsNullOrWhiteSpace(parameter.Citation))
            {
                throw new ArgumentException($"Pack section '{name}': parameter '{key}' needs a value with a citation.", nameof(parameters));
            }
        }
    }

    /// <summary>The section's name: the pack's <see cref="Rules.Packs.RulePack.Section"/>.</summary>
    public string Name { get; }

    /// <summary>The figures by name, in ordinal order.</summary>
    public ImmutableSortedDictionary<string, PackParameter> Parameters { get; }

    /// <summary>The profile path of a figure, as errors name it: <c>$.packs.guangxi.minimumHousingAreaPerPerson</c>.</summary>
    public string PathOf(string parameter) => $"$.packs.{Name}.{parameter}";

    /// <summary>The figure <paramref name="parameter"/>, which must be present and within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <exception cref="ProfileFormatException">The figure is missing or out of range; the exception names its path.</exception>
    public PackParameter Require(string parameter, decimal minimum, decimal maximum)
    {
        if (!Parameters.TryGetValue(parameter, out var value))
        {
            throw new ProfileFormatException(PathOf(parameter), $"the pack needs this parameter; the section has {(Parameters.Count == 0 ? "none" : string.Join(", ", Parameters.Keys))}");
        }

        if (value.Value < minimum || value.Value > maximum)
        {
            throw new ProfileFormatException(
                PathOf(parameter) + ".value",
                string.Create(CultureInfo.InvariantCulture, $"{value.Value} is outside {minimum}–{maximum}"));
        }

        return value;
    }

    /// <summary>This section with <paramref name="overrides"/> added or replacing figures of the same name.</summary>
    public PackSection With(IEnumerable<KeyValuePair<string, PackParameter>> overrides) =>
        new(Name, overrides.Aggregate(Parameters, (all, o) => all.SetItem(o.Key, o.Value)));

    /// <inheritdoc />
    public bool Equals(PackSection? other) =>
        other is not null && Name == other.Name && Parameters.Count == other.Parameters.Count
        && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var o) && o == p.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PackSection);

    /// <inheritdoc />
    public override int GetHashCode() => Parameters.Aggregate(Name.GetHashCode(StringComparison.Ordinal), (h, p) => HashCode.Combine(h, p.Key, p.Value));

    /// <summary><c>guangxi: name=value, …</c>.</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value.Value.ToString(CultureInfo.InvariantCulture)}"))}";
}
