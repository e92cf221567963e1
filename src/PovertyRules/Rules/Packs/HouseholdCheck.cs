using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.Packs;

/// <summary>
/// The fact a rule pack's rules match, one per household assessed under a profile that has the pack's section: the
/// household, its extension data for the pack and the pack's parameters. Rules read its properties in their conditions
/// and call <see cref="PackCheck.Record"/> in their actions.
/// </summary>
/// <typeparam name="TData">The pack's extension data of a household.</typeparam>
/// <typeparam name="TParameters">The pack's parameters, read from its profile section.</typeparam>
/// <example>
/// <code>
/// HouseholdCheck&lt;GuangxiHousehold, GuangxiParameters&gt; check = default!;
/// When().Match(() =&gt; check, c =&gt; c.Data == null || c.Data.HousingArea == null || c.Data.HousingArea &lt; c.Parameters.MinimumArea * c.Persons);
/// Then().Do(_ =&gt; check.Record(Id, check.Data == null || check.Data.HousingArea == null ? Outcome.Unknown : Outcome.NotMet));
/// </code>
/// </example>
public sealed class HouseholdCheck<TData, TParameters> : PackCheck
    where TData : class
    where TParameters : class
{
    internal HouseholdCheck(HouseholdRecord household, TData? data, TParameters parameters, IReadOnlyDictionary<string, int> positions)
        : base(positions)
    {
        Household = household;
        Data = data;
        Parameters = parameters;
        Persons = household.Members.Count;
    }

    /// <summary>The national record of the household.</summary>
    public HouseholdRecord Household { get; }

    /// <summary>The household's extension data for the pack (<see cref="Model.Household.Extensions"/>); <c>null</c> when it carries none.</summary>
    public TData? Data { get; }

    /// <summary>The pack's parameters under the profile being applied.</summary>
    public TParameters Parameters { get; }

    /// <summary>How many members the household has.</summary>
    public int Persons { get; }
}
