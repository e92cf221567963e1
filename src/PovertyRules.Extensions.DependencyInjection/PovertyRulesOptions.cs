using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="PovertyRulesServiceCollectionExtensions.AddPovertyRules"/> registers: the default policy profile and
/// the bulk options of the application. Set in the configure callback; read and validated once, when the application
/// starts (or, without a host, when <see cref="PovertyRulesDefaults"/> or the engine is first resolved).
/// </summary>
/// <remarks>
/// Mutable, as options objects of <c>Microsoft.Extensions.Options</c> are; what the services receive is the immutable
/// <see cref="PovertyRulesDefaults"/> built from it.
/// </remarks>
public sealed class PovertyRulesOptions
{
    /// <summary>
    /// The id of a built-in profile (<see cref="PolicyProfiles.All"/>: <c>CN-2014</c> … <c>CN-2020</c> and the
    /// provincial overlays) to use by default. Default <c>null</c>: then <see cref="DefaultProfile"/> must be set.
    /// Set one of the two, not both.
    /// </summary>
    public string? DefaultProfileId { get; set; }

    /// <summary>A profile of your own (e.g. loaded with <see cref="ProfileJson.LoadFile(string)"/>) to use by default, instead of <see cref="DefaultProfileId"/>.</summary>
    public PolicyProfile? DefaultProfile { get; set; }

    /// <summary>Batching, parallelism and the in-flight bound of bulk runs (default: <see cref="BulkOptions"/>' defaults).</summary>
    public BulkOptions Bulk { get; set; } = new();

    /// <summary>
    /// The rule pack assemblies the engine loads (<see cref="EngineOptions.AddRules"/>), in order; a pack applies under
    /// a profile that has its section (set <see cref="DefaultProfile"/> to the province's overlay). Checked when the
    /// engine is created: a collision of rule ids fails the start-up.
    /// </summary>
    public IList<System.Reflection.Assembly> RulePacks { get; } = [];

    /// <summary>Adds a rule pack assembly to <see cref="RulePacks"/>.</summary>
    /// <returns>These options, to chain calls.</returns>
    public PovertyRulesOptions AddRules(System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        RulePacks.Add(assembly);
        return this;
    }
}
