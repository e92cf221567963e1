using System.Collections.Immutable;
using PovertyRules.Policy;

namespace PovertyRules.Planning;

/// <summary>One county's projected remaining poor people and incidence per year, and its first year within its threshold. Immutable.</summary>
public sealed class CountyProjection
{
    internal CountyProjection(CountyPlanInput county, bool western, decimal threshold, PassingSide comparison, string requirement, ImmutableArray<ProjectedYear> years, long unapplied)
    {
        Code = county.Code;
        Name = county.Name;
        RuralPopulation = county.RuralPopulation;
        Western = western;
        Threshold = threshold;
        Comparison = comparison;
        Requirement = requirement;
        Years = years;
        Unapplied = unapplied;
        DecappingYear = years.FirstOrDefault(y => y.WithinThreshold)?.Year;
    }

    /// <summary>The county's 6-digit code.</summary>
    public string Code { get; }

    /// <summary>The county's name.</summary>
    public string Name { get; }

    /// <summary>The rural registered population.</summary>
    public long RuralPopulation { get; }

    /// <summary>Whether the profile gives the county the western region's threshold (its province, or a per-county override).</summary>
    public bool Western { get; }

    /// <summary>The incidence threshold (0–1) of the county's region.</summary>
    public decimal Threshold { get; }

    /// <summary>How the incidence is compared with <see cref="Threshold"/> (the profile's <c>countyIncidenceComparison</c>).</summary>
    public PassingSide Comparison { get; }

    /// <summary>The requirement in words, e.g. <c>&lt; 2% (strictly below: a value equal to the threshold fails)</c>, with the register gate where the profile sets one.</summary>
    public string Requirement { get; }

    /// <summary>The base year (its registered poor, no reduction) and then each plan year, in order.</summary>
    public ImmutableArray<ProjectedYear> Years { get; }

    /// <summary>Planned reductions that could not be applied because the county had no poor people left (the floor of zero remaining).</summary>
    public long Unapplied { get; }

    /// <summary>The first year (the base year included) at whose end the county is within its threshold; <c>null</c> when it is not within the plan.</summary>
    public int? DecappingYear { get; }
}
