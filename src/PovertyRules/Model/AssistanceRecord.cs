namespace PovertyRules.Model;

/// <summary>
/// A county's assistance coverage (驻村帮扶 and 结对帮扶) as counted: its registered poor villages and how many have a
/// resident task force (驻村帮扶工作队), its registered poor households and how many have a responsible helper
/// (帮扶责任人). Immutable; <c>null</c> means "not counted".
/// </summary>
public sealed record AssistanceRecord
{
    /// <summary>Registered poor villages (建档立卡贫困村) of the county.</summary>
    public int? PoorVillages { get; init; }

    /// <summary>Of those, villages with a resident task force.</summary>
    public int? VillagesWithTaskForce { get; init; }

    /// <summary>Registered poor households (建档立卡贫困户) of the county.</summary>
    public int? PoorHouseholds { get; init; }

    /// <summary>Of those, households with a responsible helper.</summary>
    public int? HouseholdsWithHelper { get; init; }
}
