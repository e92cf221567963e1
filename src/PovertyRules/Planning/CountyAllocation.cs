using System.Collections.Immutable;
using System.Globalization;

namespace PovertyRules.Planning;

/// <summary>One county's part of the fund, explained factor by factor. Immutable.</summary>
public sealed class CountyAllocation
{
    internal CountyAllocation(AllocationCounty county, ImmutableArray<FactorContribution> factors, decimal score, decimal quota, AllocationBound bound, long amount)
    {
        Code = county.Code;
        Name = county.Name;
        Factors = factors;
        Score = score;
        Quota = quota;
        Bound = bound;
        Amount = amount;
    }

    /// <summary>The county's 6-digit code.</summary>
    public string Code { get; }

    /// <summary>The county's name.</summary>
    public string Name { get; }

    /// <summary>Each weighted factor's contribution, in the order of <see cref="AllocationFactor"/> (factors of weight 0 left out).</summary>
    public ImmutableArray<FactorContribution> Factors { get; }

    /// <summary>The sum of the weighted shares: the county's share of the fund before floors and caps.</summary>
    public decimal Score { get; }

    /// <summary>The exact amount in yuan after floors and caps, before rounding to whole yuan.</summary>
    public decimal Quota { get; }

    /// <summary>Whether the floor or the cap set the amount.</summary>
    public AllocationBound Bound { get; }

    /// <summary>The amount in whole yuan (largest remainder: the counties' amounts sum exactly to the fund).</summary>
    public long Amount { get; }

    /// <summary>The amount explained, e.g. <c>poor population 12,000: share 40% × weight 0.4 = 16% + … = score 31.2%; 3,120,000 yuan</c>.</summary>
    public string Explanation
    {
        get
        {
            var parts = Factors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{Describe(f)}: share {Percent(f.Share)} × weight {f.Weight:0.###} = {Percent(f.Weighted)}"));
            var bound = Bound switch
            {
                AllocationBound.Floor => " raised to the floor",
                AllocationBound.Cap => " lowered to the cap",
                _ => string.Empty,
            };
            return string.Join(" + ", parts) + string.Create(CultureInfo.InvariantCulture, $" = score {Percent(Score)}; quota {Quota:#,0.##} yuan{bound}; {Amount:#,0} yuan");
        }
    }

    private static string Percent(decimal share) => share.ToString("0.###%", CultureInfo.InvariantCulture);

    private static string Describe(FactorContribution factor) =>
        factor.Factor switch
        {
            AllocationFactor.PoorPopulation => string.Create(CultureInfo.InvariantCulture, $"poor population {factor.Value:#,0}"),
            AllocationFactor.Incidence => $"incidence {Percent(factor.Value)}",
            AllocationFactor.RuralIncome => string.Create(CultureInfo.InvariantCulture, $"rural income {1 / factor.Value:#,0.##} yuan (inverse)"),
            _ => string.Create(CultureInfo.InvariantCulture, $"performance score {factor.Value:0.###}"),
        };
}
