using System.Collections.Immutable;

namespace PovertyRules.Evaluation;

/// <summary>
/// The result of assessing households, villages and counties together: per county its assessment and its villages',
/// province totals, and every record that could not be placed. Immutable.
/// </summary>
/// <remarks>
/// Records in = results out: <see cref="HouseholdsRead"/> equals the households of every county result plus
/// <see cref="Unattributed"/>; every village descriptor is in a county result or <see cref="RejectedVillages"/>; every
/// county descriptor is a county result's assessment or in <see cref="RejectedCounties"/>.
/// </remarks>
public sealed class HierarchyAssessment
{
    internal HierarchyAssessment(
        IReadOnlyList<CountyResult> counties,
        HouseholdTally unattributed,
        IReadOnlyList<VillageAssessment> rejectedVillages,
        IReadOnlyList<CountyAssessment> rejectedCounties,
        long householdsRead,
        int villagesRead,
        int countiesRead)
    {
        Counties = counties;
        Unattributed = unattributed;
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

/// <summary>One county of a roll-up: its assessment (if described), its villages and its households. Immutable.</summary>
public sealed class CountyResult
{
    internal CountyResult(
        string code, CountyAssessment? assessment, IReadOnlyList<VillageAssessment> villages, IReadOnlyList<HouseholdTally> undescribedVillages, HouseholdTally households)
    {
        Code = code;
        Assessment = assessment;
        Villages = villages;
        UndescribedVillages = undescribedVillages;
        Households = households;
    }

    /// <summary>The 6-digit county code.</summary>
    public string Code { get; }

    /// <summary>The county's de-capping assessment; <c>null</c> when no county descriptor has this code.</summary>
    public CountyAssessment? Assessment { get; }

    /// <summary>The assessments of the county's described villages, in code order.</summary>
    public IReadOnlyList<VillageAssessment> Villages { get; }

    /// <summary>
    /// Households in villages of the county that have no descriptor (e.g. poor households in villages not on the
    /// list), one tally per village code: they count for the county's incidence.
    /// </summary>
    public IReadOnlyList<HouseholdTally> UndescribedVillages { get; }

    /// <summary>Every household counted for the county.</summary>
    public HouseholdTally Households { get; }

    /// <summary><c>code: status, N villages</c>.</summary>
    public override string ToString() =>
        $"{Code}: {(Assessment is null ? "no county descriptor" : Assessment.Status.ToString())}, {Villages.Count} villages, {Households}";
}

/// <summary>The totals of one province in a roll-up. Immutable.</summary>
public sealed class ProvinceTotals
{
    internal ProvinceTotals(string code, IReadOnlyList<CountyResult> counties)
    {
        Code = code;
        var described = counties.Where(c => c.Assessment is not null).ToList();
        Households = Sum(code, counties.Select(c => c.Households));
        OutsideDescribedCounties = Sum(code, counties.Where(c => c.Assessment is null).Select(c => c.Households));
        RemainingPoorPeople = described.Sum(c => c.Households.RemainingPoorPeople);
        RuralPopulation = described.Count > 0 && described.All(c => c.Assessment!.County?.RuralPopulation is > 0 && c.Assessment.Status != CountyStatus.InvalidInput)
            ? described.Sum(c => (long)c.Assessment!.County!.RuralPopulation!.Value)
            : null;
        Incidence = RuralPopulation is > 0 and var population ? (decimal)RemainingPoorPeople / population : null;
        Counties = described.GroupBy(c => c.Assessment!.Status).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        Villages = counties.SelectMany(c => c.Villages).GroupBy(v => v.Status).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The 2-digit province code (GB/T 2260).</summary>
    public string Code { get; }

    /// <summary>Every household of the province's county results.</summary>
    public HouseholdTally Households { get; }

    /// <summary>Households of counties without a descriptor: counted here, left out of <see cref="Incidence"/>.</summary>
    public HouseholdTally OutsideDescribedCounties { get; }

    /// <summary>Remaining poor people of the described counties.</summary>
    public int RemainingPoorPeople { get; }

    /// <summary>
    /// The rural registered population of the described counties; <c>null</c> when there is none or one of them lacks
    /// a valid figure.
    /// </summary>
    public long? RuralPopulation { get; }

    /// <summary>
    /// <see cref="RemainingPoorPeople"/> / <see cref="RuralPopulation"/> over the described counties (a lower bound
    /// when household records were rejected); <c>null</c> without a population.
    /// </summary>
    public decimal? Incidence { get; }

    /// <summary>Described counties by status.</summary>
    public IReadOnlyDictionary<CountyStatus, int> Counties { get; }

    /// <summary>Described villages by status.</summary>
    public IReadOnlyDictionary<VillageStatus, int> Villages { get; }

    private static HouseholdTally Sum(string code, IEnumerable<HouseholdTally> tallies)
    {
        var total = new TallyBuilder();
        foreach (var tally in tallies)
        {
            total.Add(tally);
        }

        return total.Build(code);
    }
}
