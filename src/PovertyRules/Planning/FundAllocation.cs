using System.Collections.Immutable;
using PovertyRules.Policy;

namespace PovertyRules.Planning;

/// <summary>
/// A province's special poverty fund allocated to its counties by the factor method (因素法): each county's score is
/// the weighted sum of its shares of the poor population, the incidence, the inverse rural income and the last
/// assessment's grade score (weights, grade scores, floor and cap from the profile); the amounts are the fund in
/// proportion to the scores, raised to the floor or lowered to the cap where a bound binds (the others sharing the
/// rest in proportion to their scores), in whole yuan by the largest remainder (ties to the lower county code), so
/// they sum exactly to the fund. Immutable.
/// </summary>
public sealed class FundAllocation
{
    private FundAllocation(string profileId, long fund, long? floor, long? cap, ImmutableArray<CountyAllocation> counties, ImmutableArray<string> citations, bool verified)
    {
        ProfileId = profileId;
        Fund = fund;
        Floor = floor;
        Cap = cap;
        Counties = counties;
        Citations = citations;
        Verified = verified;
    }

    /// <summary>The id of the profile whose weights applied.</summary>
    public string ProfileId { get; }

    /// <summary>The fund in whole yuan; the counties' amounts sum to it.</summary>
    public long Fund { get; }

    /// <summary>The least amount a county gets in whole yuan (the profile's floor rounded up); <c>null</c> for none.</summary>
    public long? Floor { get; }

    /// <summary>The most a county gets in whole yuan (the cap share × the fund, rounded down); <c>null</c> for none.</summary>
    public long? Cap { get; }

    /// <summary>Each county's amount, in the order given.</summary>
    public ImmutableArray<CountyAllocation> Counties { get; }

    /// <summary>The citations of the parameters used (weights, grade scores, floor, cap), in that order.</summary>
    public ImmutableArray<string> Citations { get; }

    /// <summary>Whether every parameter used is verified (the built-in profiles' allocation figures are not).</summary>
    public bool Verified { get; }

    /// <summary>Allocates <paramref name="fund"/> yuan to <paramref name="counties"/> under <paramref name="profile"/>'s factor weights.</summary>
    /// <param name="profile">The profile with the allocation weights, grade scores, floor and cap.</param>
    /// <param name="fund">The fund in whole yuan; not negative.</param>
    /// <param name="counties">The counties.</param>
    /// <exception cref="ArgumentException">
    /// A county is malformed or lacks a figure a weighted factor needs, a grade has no score, a factor sums to zero, or
    /// the floor and the cap cannot both hold for this fund; the message names every problem.
    /// </exception>
    public static FundAllocation Allocate(PolicyProfile profile, long fund, IReadOnlyList<AllocationCounty> counties)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(counties);
        var weights = new (AllocationFactor Factor, Parameter<decimal> Weight)[]
        {
            (AllocationFactor.PoorPopulation, profile.AllocationPoorPopulationWeight),
            (AllocationFactor.Incidence, profile.AllocationIncidenceWeight),
            (AllocationFactor.RuralIncome, profile.AllocationRuralIncomeWeight),
            (AllocationFactor.Performance, profile.AllocationPerformanceWeight),
        }.Where(w => w.Weight.Value > 0).ToArray();
        var scores = profile.AllocationGradeScores.Value;
        var problems = new List<string>();
        if (fund < 0)
        {
            problems.Add($"the fund {fund} is negative");
        }

        if (counties.Count == 0)
        {
            problems.Add("no counties");
        }

        var values = new decimal[counties.Count, weights.Length];
        for (var i = 0; i < counties.Count; i++)
        {
            var county = counties[i];
            if (county is null)
            {
                problems.Add($"county #{i + 1} is null");
                continue;
            }

            if (county.Code is not { Length: 6 } code || !code.All(char.IsAsciiDigit))
            {
                problems.Add($"county #{i + 1}: code '{county.Code}' is not 6 digits");
            }

            for (var f = 0; f < weights.Length; f++)
            {
                var (value, problem) = Value(weights[f].Factor, county, scores);
                values[i, f] = value;
                if (problem is not null)
                {
                    problems.Add($"county {county.Code}: {problem}");
                }
            }
        }

        problems.AddRange(counties.Where(c => c is not null).GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"county {g.Key} is given {g.Count()} times"));
        var sums = new decimal[weights.Length];
        if (problems.Count == 0)
        {
            for (var f = 0; f < weights.Length; f++)
            {
                sums[f] = Enumerable.Range(0, counties.Count).Sum(i => values[i, f]);
                if (sums[f] == 0)
                {
                    problems.Add($"the {weights[f].Factor} factor has weight {weights[f].Weight.Value} but every county's value is zero, so it cannot be shared");
                }
            }
        }

        var floor = profile.AllocationFloor.Value is { } f0 ? (long)decimal.Ceiling(f0) : (long?)null;
        var cap = profile.AllocationCapShare.Value is { } share ? (long)decimal.Floor(share * fund) : (long?)null;
        Throw(problems);

        var contributions = new FactorContribution[counties.Count][];
        var score = new decimal[counties.Count];
        for (var i = 0; i < counties.Count; i++)
        {
            contributions[i] = new FactorContribution[weights.Length];
            for (var f = 0; f < weights.Length; f++)
            {
                var part = values[i, f] / sums[f];
                contributions[i][f] = new FactorContribution(weights[f].Factor, values[i, f], part, weights[f].Weight.Value, part * weights[f].Weight.Value);
                score[i] += contributions[i][f].Weighted;
            }
        }

        var keys = counties.Select(c => c.Code).ToArray();
        decimal[] quotas;
        long[] amounts;
        try
        {
            (quotas, amounts) = Apportionment.Bounded(fund, score, floor ?? 0, cap ?? fund, keys);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"The allocation's bounds cannot all hold: {e.Message} Lower the floor (allocationFloor) or raise the cap (allocationCapShare) of profile {profile.Id}, or change the fund.", nameof(fund), e);
        }

        var result = ImmutableArray.CreateBuilder<CountyAllocation>(counties.Count);
        for (var i = 0; i < counties.Count; i++)
        {
            var bound = floor is { } low && quotas[i] == low && score[i] * fund < low ? AllocationBound.Floor
                : cap is { } high && quotas[i] == high && score[i] * fund > high ? AllocationBound.Cap
                : AllocationBound.None;
            result.Add(new CountyAllocation(counties[i], [.. contributions[i]], score[i], quotas[i], bound, amounts[i]));
        }

        var citations = ImmutableArray.CreateBuilder<string>();
        citations.AddRange(weights.Select(w => w.Weight.Citation));
        var verified = weights.All(w => w.Weight.Verified);
        if (weights.Any(w => w.Factor == AllocationFactor.Performance))
        {
            citations.Add(profile.AllocationGradeScores.Citation);
            verified &= profile.AllocationGradeScores.Verified;
        }

        if (floor is not null)
        {
            citations.Add(profile.AllocationFloor.Citation);
            verified &= profile.AllocationFloor.Verified;
        }

        if (cap is not null)
        {
            citations.Add(profile.AllocationCapShare.Citation);
            verified &= profile.AllocationCapShare.Verified;
        }

        return new FundAllocation(profile.Id, fund, floor, cap, result.MoveToImmutable(), [.. citations.Distinct(StringComparer.Ordinal)], verified);
    }

    private static (decimal Value, string? Problem) Value(AllocationFactor factor, AllocationCounty county, ImmutableSortedDictionary<string, decimal> scores) =>
        factor switch
        {
            AllocationFactor.PoorPopulation => county.PoorPeople is { } poor and >= 0 ? (poor, null) : (0, $"poor people {Show(county.PoorPeople)}, needed (not negative) for the poor-population factor"),
            AllocationFactor.Incidence => county is { PoorPeople: { } p and >= 0, RuralPopulation: { } r and > 0 } && p <= r
                ? ((decimal)p / r, null)
                : (0, $"poor people {Show(county.PoorPeople)} and rural population {Show(county.RuralPopulation)}, needed (0 ≤ poor ≤ rural, rural positive) for the incidence factor"),
            AllocationFactor.RuralIncome => county.RuralIncomePerCapita is { } income and > 0 ? (1 / income, null) : (0, $"rural income per capita {Show(county.RuralIncomePerCapita)}, needed (positive) for the rural-income factor"),
            _ => county.Grade is { } grade && scores.TryGetValue(grade, out var s)
                ? (s, null)
                : (0, $"grade {Show(county.Grade)} has no score in allocationGradeScores (has {string.Join(", ", scores.Keys)}), needed for the performance factor"),
        };

    private static string Show(object? value) => value is null ? "not recorded" : $"'{value}'";

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException("The allocation inputs are not valid: " + string.Join("; ", problems) + ".", "counties");
        }
    }
}
