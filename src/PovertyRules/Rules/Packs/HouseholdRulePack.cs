using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.Packs;

/// <summary>
/// A rule pack over households: its extension data type, its parameters read from its profile section, and its
/// criteria, each judged by an NRules rule of the same assembly that matches
/// <see cref="HouseholdCheck{TData, TParameters}"/> and is named (<c>[Name]</c>) with the criterion's id.
/// </summary>
/// <typeparam name="TData">The pack's extension data of a household: an immutable record (read from JSON with camel-case names).</typeparam>
/// <typeparam name="TParameters">The pack's parameters.</typeparam>
#pragma warning disable RS0022 // RulePack is closed to other derivations on purpose: this is the one way to extend it.
public abstract class HouseholdRulePack<TData, TParameters> : RulePack
#pragma warning restore RS0022
    where TData : class
    where TParameters : class
{
    /// <summary>The pack's criteria, in report order (after the national ones).</summary>
    public abstract IReadOnlyList<PackCriterion<TData, TParameters>> Criteria { get; }

    internal sealed override Type CheckType => typeof(HouseholdCheck<TData, TParameters>);

    internal sealed override IReadOnlyList<IPackCriterion> AllCriteria => Criteria;

    /// <summary>
    /// The pack's parameters from its section of the profile: read each figure with
    /// <see cref="PackSection.Require"/>, which throws a <see cref="ProfileFormatException"/> naming the figure's path
    /// when it is missing or out of range.
    /// </summary>
    public abstract TParameters ReadParameters(PackSection section);

    internal sealed override object Prepare(PackSection section) => ReadParameters(section);

    internal sealed override PackCheck Check(HouseholdRecord household, object parameters, IReadOnlyDictionary<string, int> positions) =>
        new HouseholdCheck<TData, TParameters>(household, household.Extensions.Get<TData>(Section), (TParameters)parameters, positions);
}
