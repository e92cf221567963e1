using System.Reflection;

namespace PovertyRules.Assessment;

/// <summary>
/// How an engine is put together: the rule packs it loads beside the national rule sets. Given to
/// <see cref="PovertyRulesEngine(Action{EngineOptions})"/>.
/// </summary>
/// <example>
/// <code>
/// var engine = new PovertyRulesEngine(o => o.AddRules(typeof(GuangxiPack).Assembly));
/// </code>
/// </example>
public sealed class EngineOptions
{
    private readonly List<Assembly> _packs = [];

    internal EngineOptions()
    {
    }

    /// <summary>The rule pack assemblies added, in order.</summary>
    public IReadOnlyList<Assembly> RulePacks => _packs.AsReadOnly();

    /// <summary>
    /// Loads the rule packs of <paramref name="assembly"/>: its classes deriving from
    /// <see cref="Rules.Packs.HouseholdRulePack{TData, TParameters}"/> and the NRules rules that judge their criteria.
    /// </summary>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assembly"/> was added already.</exception>
    public EngineOptions AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (_packs.Contains(assembly))
        {
            throw new ArgumentException($"The rule pack assembly {assembly.GetName().Name} was added already.", nameof(assembly));
        }

        _packs.Add(assembly);
        return this;
    }
}
