namespace PovertyRules.Assessment;

/// <summary>
/// A county's assistance coverage as reported: the registered poor villages with a resident task force and the
/// registered poor households with a responsible helper, as counts and shares. Immutable; a share is <c>null</c> when
/// a count is missing or there is nothing to cover.
/// </summary>
/// <param name="PoorVillages">Registered poor villages; <c>null</c> when not counted.</param>
/// <param name="VillagesWithTaskForce">Of those, villages with a resident task force; <c>null</c> when not counted.</param>
/// <param name="PoorHouseholds">Registered poor households; <c>null</c> when not counted.</param>
/// <param name="HouseholdsWithHelper">Of those, households with a responsible helper; <c>null</c> when not counted.</param>
public sealed record AssistanceCoverage(int? PoorVillages, int? VillagesWithTaskForce, int? PoorHouseholds, int? HouseholdsWithHelper)
{
    /// <summary>Villages with a task force / poor villages (0–1).</summary>
    public decimal? TaskForceShare { get; } = Share(VillagesWithTaskForce, PoorVillages);

    /// <summary>Households with a responsible helper / poor households (0–1).</summary>
    public decimal? HelperShare { get; } = Share(HouseholdsWithHelper, PoorHouseholds);

    private static decimal? Share(int? part, int? whole) => part is { } p && whole is > 0 and var w ? (decimal)p / w : null;
}
