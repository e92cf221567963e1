using System.Text.Json;
using System.Text.Json.Nodes;

namespace PovertyRules.Policy;

/// <summary>A <see cref="ProfileParameter"/> of value type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ProfileParameter<T> : ProfileParameter
{
    private readonly Func<PolicyProfile, Parameter<T>> _get;
    private readonly Func<PolicyProfile, Parameter<T>, PolicyProfile> _set;

    internal ProfileParameter(
        string name, string unit, Func<PolicyProfile, Parameter<T>> get, Func<PolicyProfile, Parameter<T>, PolicyProfile> set)
        : base(name, unit)
    {
        _get = get;
        _set = set;
    }

    /// <summary>The parameter in <paramref name="profile"/>.</summary>
    public Parameter<T> Get(PolicyProfile profile) => _get(profile);

    /// <summary>A copy of <paramref name="profile"/> with the parameter replaced.</summary>
    public PolicyProfile Set(PolicyProfile profile, Parameter<T> value) => _set(profile, value);

    /// <inheritdoc />
    public override string FormatValue(PolicyProfile profile) => ProfileJson.FormatValue(Get(profile).Value);

    /// <inheritdoc />
    public override string Citation(PolicyProfile profile) => Get(profile).Citation;

    /// <inheritdoc />
    public override bool Verified(PolicyProfile profile) => Get(profile).Verified;

    internal override JsonNode? ValueToJson(PolicyProfile profile) =>
        JsonSerializer.SerializeToNode(Get(profile).Value, ProfileJson.Options);

    internal override JsonObject ToJson(PolicyProfile profile)
    {
        var parameter = Get(profile);
        return new JsonObject
        {
            ["value"] = ValueToJson(profile),
            ["unit"] = Unit,
            ["citation"] = parameter.Citation,
            ["verified"] = parameter.Verified,
        };
    }

    internal override PolicyProfile FromJson(PolicyProfile profile, JsonNode? node, string path, string? shorthandCitation) =>
        Set(profile, ProfileJson.ReadParameter<T>(node, path, Unit, shorthandCitation));

    internal override ProfileProblem? Missing(PolicyProfile profile) =>
        Get(profile) switch
        {
            null => new ProfileProblem($"$.parameters.{Name}", "the parameter is missing (null)"),
            { Value: null } when Nullable.GetUnderlyingType(typeof(T)) is null => new ProfileProblem($"$.parameters.{Name}.value", "the value is missing (null)"),
            { Citation: null } => new ProfileProblem($"$.parameters.{Name}.citation", "the citation is missing (null)"),
            _ => null,
        };
}
