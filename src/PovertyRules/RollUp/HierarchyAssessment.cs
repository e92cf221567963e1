using PovertyRules.Assessment;

namespace PovertyRules.RollUp;

/// <summary>
/// The result of assessing households, villages and counties together: per county its assessment and its villages',
/// province totals, and every record that could not be placed. Immutable.
/// </summary>
/// <remarks>
/// Records in = results out: <see cref="HouseholdsRead"/> equals the households of every county result plus
/// <see cref="Unattributed"/> plus <see cref="Repeated"/>; every village descriptor is in a county result or <see cref="RejectedVillages"/>; every
/// county descriptor is a county result's assessment or in <see cref="RejectedCounties"/>.
/// </remarks>
public sealed class HierarchyAssessment
{
    internal HierarchyAssessment(
        IReadOnlyList<CountyResult> counties,
        HouseholdTally unattributed,
        HouseholdTally repeated,
        IReadOnlyList<VillageAssessment> rejectedVillages,
        IReadOnlyList<CountyAssessment> rejectedCounties,
        long householdsRead,
        int villagesRead,
        int countiesRead)
    {
        Counties = counties;
        Unattributed = unattributed;
        Repeated = repeated;
        RejectedVillages = rejectedVillages;
        RejectedCounties = rejectedCounties;
        HouseholdsRead = householdsRead;
        VillagesRead = villagesRead;
        CountiesRead = countiesRead;
        Provinces = [.. counties.GroupBy(c => c.Code[..2], StringComparer.Ordinal).Select(g => new ProvinceTotals(g.Key, [.. g]))];
    }

    /// <summary>
    /// One result per county code met in the input (a county descriptor, a village of it or a household of it), in
    /// code order.
    /// </summary>
    public IReadOnlyList<CountyResult> Counties { get; }

    /// <summary>Totals per province (first two digits of the codes), in code order.</summary>
    public IReadOnlyList<ProvinceTotals> Provinces { get; }

    /// <summary>Households whose record was rejected with a village code that names no village: counted, not placed.</summary>
    public HouseholdTally Unattributed { get; }

    /// <summary>
    /// Households whose id (户编号) repeats one counted earlier in the run: counted here, by their own status (invalid
    /// input when the engine found the repeat), and never in a village or county, so no household counts twice.
    /// </summary>
    public HouseholdTally Repeated { get; }

    /// <summary>Village descriptors that are null, have a malformed code, or repeat a code already described.</summary>
    public IReadOnlyList<VillageAssessment> RejectedVillages { get; }

    /// <summary>County descriptors that are null, have a malformed code, or repeat a code already described.</summary>
    public IReadOnlyList<CountyAssessment> RejectedCounties { get; }

    /// <summary>Household records read.</summary>
    public long HouseholdsRead { get; }

    /// <summary>Village descriptors read.</summary>
    public int VillagesRead { get; }

    /// <summary>County descriptors read.</summary>
    public int CountiesRead { get; }

    /// <summary>The result for a county code, or <c>null</c>.</summary>
    public CountyResult? County(string code) => Counties.FirstOrDefault(c => c.Code == code);
}
