using System.Collections.Immutable;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.County;

namespace PovertyRules.Planning;

/// <summary>
/// The de-capping schedule (摘帽时间表) of a province's counties: each county's projected remaining poor people and
/// incidence per year, its first year within its own threshold — the region's threshold under the profile's comparison,
/// exactly as the county incidence rule judges it (and the register-incidence gate where the profile sets one) — and
/// which counties can de-cap in which year. Immutable.
/// </summary>
public sealed class DecappingSchedule
{
    private DecappingSchedule(string profileId, int baseYear, ImmutableArray<int> years, ImmutableArray<CountyProjection> counties, SplitRule? split, long unsplit)
    {
        ProfileId = profileId;
        BaseYear = baseYear;
        PlanYears = years;
        Counties = counties;
        Split = split;
        Unsplit = unsplit;
        ByYear = counties.Where(c => c.DecappingYear is not null)
            .GroupBy(c => c.DecappingYear!.Value)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(c => c.Code).Order(StringComparer.Ordinal).ToImmutableArray());
        NotWithinPlan = [.. counties.Where(c => c.DecappingYear is null).Select(c => c.Code).Order(StringComparer.Ordinal)];
    }

    /// <summary>The id of the profile whose thresholds were applied.</summary>
    public string ProfileId { get; }

    /// <summary>The year at whose end the counties' registered poor were counted.</summary>
    public int BaseYear { get; }

    /// <summary>The plan's years, consecutive, from the year after <see cref="BaseYear"/>.</summary>
    public ImmutableArray<int> PlanYears { get; }

    /// <summary>Every county's projection, in the order given.</summary>
    public ImmutableArray<CountyProjection> Counties { get; }

    /// <summary>How the province's targets were split; <c>null</c> when the counties gave their own plans.</summary>
    public SplitRule? Split { get; }

    /// <summary>People of the province's targets that no county could take, its poor people all out already (0 with the counties' own plans).</summary>
    public long Unsplit { get; }

    /// <summary>The counties (codes, ordinal order) whose first year within the threshold is each year.</summary>
    public ImmutableSortedDictionary<int, ImmutableArray<string>> ByYear { get; }

    /// <summary>The counties (codes) not within their threshold by the end of the plan.</summary>
    public ImmutableArray<string> NotWithinPlan { get; }

    /// <summary>How many counties are within their threshold by the end of <paramref name="year"/> (a cumulative count).</summary>
    public int CountBy(int year) => ByYear.Where(p => p.Key <= year).Sum(p => p.Value.Length);

    /// <summary>Projects counties that each give their own yearly planned reductions.</summary>
    /// <param name="profile">The profile whose county thresholds, regions and comparison apply.</param>
    /// <param name="baseYear">The year at whose end <see cref="CountyPlanInput.RegisteredPoor"/> was counted.</param>
    /// <param name="counties">The counties, each with <see cref="CountyPlanInput.PlannedReductions"/> for every year from <paramref name="baseYear"/> + 1 to the last planned year.</param>
    /// <exception cref="ArgumentException">A county is malformed (code, populations, duplicate) or lacks a plan or a year of it; the message names every problem.</exception>
    public static DecappingSchedule Project(PolicyProfile profile, int baseYear, IReadOnlyList<CountyPlanInput> counties)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(counties);
        var problems = Check(counties);
        var last = counties.Where(c => c.PlannedReductions is { Count: > 0 }).Select(c => c.PlannedReductions!.Keys.Max()).DefaultIfEmpty(baseYear).Max();
        var years = Enumerable.Range(baseYear + 1, last - baseYear).ToImmutableArray();
        foreach (var county in counties)
        {
            if (county.PlannedReductions is null)
            {
                problems.Add($"county {county.Code}: no planned reductions (give every county its plan, or split the province's targets)");
                continue;
            }

            var missing = years.Where(y => !county.PlannedReductions.ContainsKey(y)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"county {county.Code}: no planned reduction for {string.Join(", ", missing)} (a missing year is not taken as zero)");
            }

            var outside = county.PlannedReductions.Keys.Where(y => y <= baseYear).ToList();
            if (outside.Count > 0)
            {
                problems.Add($"county {county.Code}: planned reductions for {string.Join(", ", outside)}, not after the base year {baseYear}");
            }

            problems.AddRange(county.PlannedReductions.Where(p => p.Value < 0).Select(p => $"county {county.Code}: the planned reduction for {p.Key} is negative ({p.Value})"));
        }

        Throw(problems, nameof(counties));
        var remaining = counties.Select(c => c.RegisteredPoor).ToArray();
        var reductions = years.Select(_ => new long[counties.Count]).ToList();
        var unapplied = new long[counties.Count];
        for (var k = 0; k < years.Length; k++)
        {
            for (var i = 0; i < counties.Count; i++)
            {
                var planned = counties[i].PlannedReductions![years[k]];
                var applied = Math.Min(planned, remaining[i]);
                unapplied[i] += planned - applied;
                remaining[i] -= applied;
                reductions[k][i] = applied;
            }
        }

        return Build(profile, baseYear, years, counties, reductions, unapplied, split: null, unsplit: 0);
    }

    /// <summary>Projects counties by splitting the province's yearly targets across them.</summary>
    /// <param name="profile">The profile whose county thresholds, regions and comparison apply.</param>
    /// <param name="baseYear">The year at whose end <see cref="CountyPlanInput.RegisteredPoor"/> was counted.</param>
    /// <param name="counties">The counties (their own plans, if any, are not read).</param>
    /// <param name="provinceTargets">The province's planned reduction per year, for every year from <paramref name="baseYear"/> + 1 to the last.</param>
    /// <param name="split">How each year's target is split.</param>
    /// <exception cref="ArgumentException">A county or a target is malformed, or a year is missing; the message names every problem.</exception>
    public static DecappingSchedule Project(PolicyProfile profile, int baseYear, IReadOnlyList<CountyPlanInput> counties, IReadOnlyDictionary<int, long> provinceTargets, SplitRule split)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentNullException.ThrowIfNull(provinceTargets);
        if (!Enum.IsDefined(split))
        {
            throw new ArgumentOutOfRangeException(nameof(split), split, "not a split rule.");
        }

        var problems = Check(counties);
        problems.AddRange(ProvincePlan.CheckTargets(baseYear, provinceTargets));
        Throw(problems, nameof(provinceTargets));
        var years = provinceTargets.Keys.Order().ToImmutableArray();
        var keys = counties.Select(c => c.Code).ToArray();
        var remaining = counties.Select(c => c.RegisteredPoor).ToArray();
        var reductions = new List<long[]>();
        var unsplit = 0L;
        foreach (var year in years)
        {
            var available = remaining.Sum();
            var target = Math.Min(provinceTargets[year], available);
            unsplit += provinceTargets[year] - target;
            var weights = counties.Select((c, i) => split == SplitRule.ByPoorPeople ? remaining[i] : (decimal)remaining[i] / c.RuralPopulation).ToArray();
            var parts = Apportionment.Split(target, weights, remaining, keys);
            for (var i = 0; i < parts.Length; i++)
            {
                remaining[i] -= parts[i];
            }

            reductions.Add(parts);
        }

        return Build(profile, baseYear, years, counties, reductions, new long[counties.Count], split, unsplit);
    }

    private static DecappingSchedule Build(PolicyProfile profile, int baseYear, ImmutableArray<int> years, IReadOnlyList<CountyPlanInput> counties, List<long[]> reductions, long[] unapplied, SplitRule? split, long unsplit)
    {
        var parameters = new CountyParameters(profile);
        var gate = parameters.RegisterIncidenceGate;
        var projections = ImmutableArray.CreateBuilder<CountyProjection>(counties.Count);
        for (var i = 0; i < counties.Count; i++)
        {
            var county = counties[i];
            var region = Region.Of(profile, county.Code);
            var threshold = region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
            bool Within(long remaining) => threshold.Passes(remaining, county.RuralPopulation) && (gate is not { } g || g.Passes(remaining, county.RuralPopulation));
            var left = county.RegisteredPoor;
            var rows = ImmutableArray.CreateBuilder<ProjectedYear>(years.Length + 1);
            rows.Add(new ProjectedYear(baseYear, 0, left, (decimal)left / county.RuralPopulation, Within(left)));
            for (var k = 0; k < years.Length; k++)
            {
                left -= reductions[k][i];
                rows.Add(new ProjectedYear(years[k], reductions[k][i], left, (decimal)left / county.RuralPopulation, Within(left)));
            }

            var requirement = $"{threshold.Describe(Formats.Percent)} ({region}; {threshold.Wording})"
                + (gate is { } registerGate ? $" and register incidence {registerGate.Describe(Formats.Percent)}" : string.Empty);
            projections.Add(new CountyProjection(county, region.Western, threshold.Value, threshold.Side, requirement, rows.MoveToImmutable(), unapplied[i]));
        }

        return new DecappingSchedule(profile.Id, baseYear, years, projections.MoveToImmutable(), split, unsplit);
    }

    private static List<string> Check(IReadOnlyList<CountyPlanInput> counties)
    {
        var problems = new List<string>();
        if (counties.Count == 0)
        {
            problems.Add("no counties");
        }

        foreach (var (county, index) in counties.Select((c, i) => (c, i)))
        {
            if (county is null)
            {
                problems.Add($"county #{index + 1} is null");
                continue;
            }

            if (county.Code is not { Length: 6 } code || !code.All(char.IsAsciiDigit))
            {
                problems.Add($"county #{index + 1}: code '{county.Code}' is not 6 digits");
            }

            if (county.RuralPopulation <= 0)
            {
                problems.Add($"county {county.Code}: rural population {county.RuralPopulation} is not positive");
            }

            if (county.RegisteredPoor < 0 || county.RegisteredPoor > county.RuralPopulation)
            {
                problems.Add($"county {county.Code}: registered poor {county.RegisteredPoor} is not between 0 and the rural population {county.RuralPopulation}");
            }
        }

        problems.AddRange(counties.Where(c => c is not null).GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"county {g.Key} is given {g.Count()} times"));
        return problems;
    }

    private static void Throw(List<string> problems, string parameter)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException("The planning inputs are not valid: " + string.Join("; ", problems) + ".", parameter);
        }
    }
}
