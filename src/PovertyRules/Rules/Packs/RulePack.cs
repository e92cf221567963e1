using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.Packs;

/// <summary>
/// A province's rule pack: criteria added to the household assessment without changing the library. An assembly
/// holds one or more packs (classes deriving from <see cref="HouseholdRulePack{TData, TParameters}"/>, with a public
/// parameterless constructor) and their ordinary NRules rules; the engine loads it with
/// <c>new PovertyRulesEngine(o =&gt; o.AddRules(assembly))</c>.
/// </summary>
public abstract class RulePack
{
    private protected RulePack()
    {
    }

    /// <summary>
    /// The pack's name: its section of the profile (<c>"packs": { "&lt;Section&gt;": … }</c>) and its entry in a
    /// household's <see cref="Model.Household.Extensions"/>. The pack applies only under a profile with this section.
    /// </summary>
    public abstract string Section { get; }

    internal abstract Type CheckType { get; }

    internal abstract IReadOnlyList<IPackCriterion> AllCriteria { get; }

    /// <summary>Reads and checks the pack's parameters from its profile section.</summary>
    internal abstract object Prepare(PackSection section);

    /// <summary>The pack's fact for <paramref name="household"/>, with its extension data read into the pack's type.</summary>
    internal abstract PackCheck Check(HouseholdRecord household, object parameters, IReadOnlyDictionary<string, int> positions);
}
