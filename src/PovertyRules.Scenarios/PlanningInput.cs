using System.Collections.Immutable;
using PovertyRules.Planning;

namespace PovertyRules.Scenarios;

/// <summary>
/// The inputs of a planning scenario, as its file gives them. Immutable. A <c>schedule</c> reads
/// <see cref="BaseYear"/>, <see cref="Counties"/> and optionally <see cref="ProvinceTargets"/> with <see cref="Split"/>;
/// a <c>plan</c> reads <see cref="Plan"/> and optionally <see cref="Counties"/> (scheduled from their own plans, or from
/// the plan's targets split by <see cref="Split"/>) for its late counties; an <c>allocation</c> reads <see cref="Fund"/>
/// and <see cref="AllocationCounties"/>.
/// </summary>
public sealed record PlanningInput
{
    /// <summary>The year at whose end the counties' registered poor were counted.</summary>
    public int BaseYear { get; init; }

    /// <summary>The counties to schedule.</summary>
    public ImmutableArray<CountyPlanInput> Counties { get; init; } = [];

    /// <summary>The province's yearly targets to split across the counties; <c>null</c> when the counties give their own plans.</summary>
    public ImmutableSortedDictionary<int, long>? ProvinceTargets { get; init; }

    /// <summary>How the province's targets are split.</summary>
    public SplitRule Split { get; init; } = SplitRule.ByPoorPeople;

    /// <summary>The province plan of a <c>plan</c> scenario.</summary>
    public ProvincePlan? Plan { get; init; }

    /// <summary>The fund in whole yuan of an <c>allocation</c> scenario.</summary>
    public long Fund { get; init; }

    /// <summary>The counties of an <c>allocation</c> scenario.</summary>
    public ImmutableArray<AllocationCounty> AllocationCounties { get; init; } = [];
}
