using System.Text.Json;
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

/// <summary>The scalar parameters of <see cref="PolicyProfile"/> (everything but the poverty-line table).</summary>
public static class ProfileParameters
{
    /// <summary>Every scalar parameter, in the order profiles list them.</summary>
    public static IReadOnlyList<ProfileParameter> All { get; } =
    [
        Define("incomeMeasure", "measure", p => p.IncomeMeasure, (p, v) => p with { IncomeMeasure = v }),
        Define("yearsAboveLine", "years", p => p.YearsAboveLine, (p, v) => p with { YearsAboveLine = v }),
        Define("excludedTransfers", "transfer items", p => p.ExcludedTransfers, (p, v) => p with { ExcludedTransfers = v }),
        Define("maxTransferShare", "share 0–1", p => p.MaxTransferShare, (p, v) => p with { MaxTransferShare = v }),
        Define("compulsoryEducationFromAge", "years of age", p => p.CompulsoryEducationFromAge, (p, v) => p with { CompulsoryEducationFromAge = v }),
        Define("compulsoryEducationToAge", "years of age", p => p.CompulsoryEducationToAge, (p, v) => p with { CompulsoryEducationToAge = v }),
        Define("ageReferenceDate", "date", p => p.AgeReferenceDate, (p, v) => p with { AgeReferenceDate = v }),
        Define("safeDrinkingWaterRequired", "switch", p => p.SafeDrinkingWaterRequired, (p, v) => p with { SafeDrinkingWaterRequired = v }),
        Define("minimumNoticeDays", "days", p => p.MinimumNoticeDays, (p, v) => p with { MinimumNoticeDays = v }),
        Define("villageCadresExcluded", "switch", p => p.VillageCadresExcluded, (p, v) => p with { VillageCadresExcluded = v }),
        Define("cadreWithMajorCauseExempt", "switch", p => p.CadreWithMajorCauseExempt, (p, v) => p with { CadreWithMajorCauseExempt = v }),
        Define("disabilityVehicleExempt", "switch", p => p.DisabilityVehicleExempt, (p, v) => p with { DisabilityVehicleExempt = v }),
        Define("minimumExcludingCarValue", "yuan", p => p.MinimumExcludingCarValue, (p, v) => p with { MinimumExcludingCarValue = v }),
        Define("workVehiclesExcluded", "switch", p => p.WorkVehiclesExcluded, (p, v) => p with { WorkVehiclesExcluded = v }),
        Define("westernProvinces", "province codes", p => p.WesternProvinces, (p, v) => p with { WesternProvinces = v }),
        Define("countyRegionOverrides", "county code → western", p => p.CountyRegionOverrides, (p, v) => p with { CountyRegionOverrides = v }),
        Define("villageIncidenceThreshold", "share 0–1", p => p.VillageIncidenceThreshold, (p, v) => p with { VillageIncidenceThreshold = v }),
        Define("westernVillageIncidenceThreshold", "share 0–1", p => p.WesternVillageIncidenceThreshold, (p, v) => p with { WesternVillageIncidenceThreshold = v }),
        Define("villageRequiredFacilities", "facilities", p => p.VillageRequiredFacilities, (p, v) => p with { VillageRequiredFacilities = v }),
        Define("villageMinimumCollectiveIncome", "yuan/year", p => p.VillageMinimumCollectiveIncome, (p, v) => p with { VillageMinimumCollectiveIncome = v }),
        Define("countyIncidenceThreshold", "share 0–1", p => p.CountyIncidenceThreshold, (p, v) => p with { CountyIncidenceThreshold = v }),
        Define("westernCountyIncidenceThreshold", "share 0–1", p => p.WesternCountyIncidenceThreshold, (p, v) => p with { WesternCountyIncidenceThreshold = v }),
        Define("wrongExitRateThreshold", "share 0–1", p => p.WrongExitRateThreshold, (p, v) => p with { WrongExitRateThreshold = v }),
        Define("omissionRateThreshold", "share 0–1", p => p.OmissionRateThreshold, (p, v) => p with { OmissionRateThreshold = v }),
        Define("publicApprovalThreshold", "share 0–1", p => p.PublicApprovalThreshold, (p, v) => p with { PublicApprovalThreshold = v }),
        Define("comprehensiveIncidence", "switch", p => p.ComprehensiveIncidence, (p, v) => p with { ComprehensiveIncidence = v }),
        Define("countyMinimumRuralIncome", "yuan/person/year", p => p.CountyMinimumRuralIncome, (p, v) => p with { CountyMinimumRuralIncome = v }),
    ];

    /// <summary>The parameter named <paramref name="name"/> (case-sensitive), or <c>null</c>.</summary>
    public static ProfileParameter? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    private static ProfileParameter<T> Define<T>(
        string name, string unit, Func<PolicyProfile, Parameter<T>> get, Func<PolicyProfile, Parameter<T>, PolicyProfile> set) =>
        new(name, unit, get, set);
}
