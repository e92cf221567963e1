using PovertyRules.Assessment;
using System.Collections.Immutable;

namespace PovertyRules.RollUp;

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
