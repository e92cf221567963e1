using System.Text.Json.Nodes;

namespace PovertyRules.Policy;

/// <summary>
/// Describes one scalar parameter of <see cref="PolicyProfile"/>: its name in JSON and reports, its unit, and how to
/// read and replace it. The list in <see cref="ProfileParameters.All"/> is the single place that enumerates them.
/// </summary>
public abstract class ProfileParameter
{
    private protected ProfileParameter(string name, string unit)
    {
        Name = name;
        Unit = unit;
    }

    /// <summary>The parameter's name in JSON, reports and findings (camelCase).</summary>
    public string Name { get; }

    /// <summary>The unit or kind of value (e.g. <c>yuan/person/year</c>, <c>years</c>, <c>switch</c>).</summary>
    public string Unit { get; }

    /// <summary>The value in <paramref name="profile"/>, formatted for people.</summary>
    public abstract string FormatValue(PolicyProfile profile);

    /// <summary>The citation in <paramref name="profile"/>.</summary>
    public abstract string Citation(PolicyProfile profile);

    /// <summary>The verified flag in <paramref name="profile"/>.</summary>
    public abstract bool Verified(PolicyProfile profile);

    internal abstract JsonNode? ValueToJson(PolicyProfile profile);

    /// <summary>Whether the value (compared as data, not by reference) is the same in both profiles.</summary>
    internal bool SameValueIn(PolicyProfile a, PolicyProfile b) => JsonNode.DeepEquals(ValueToJson(a), ValueToJson(b));

    /// <summary>Whether the value, the citation and the verified flag are the same in both profiles.</summary>
    internal bool SameIn(PolicyProfile a, PolicyProfile b) =>
        SameValueIn(a, b) && Citation(a) == Citation(b) && Verified(a) == Verified(b);

    internal abstract JsonObject ToJson(PolicyProfile profile);

    internal abstract PolicyProfile FromJson(PolicyProfile profile, JsonNode? node, string path, string? shorthandCitation);

    /// <summary>The problem when the parameter, its value (unless the type allows none) or its citation is null.</summary>
    internal abstract ProfileProblem? Missing(PolicyProfile profile);
}
