namespace PovertyRules.Model;

/// <summary>The two principal leaders of a county (县党政正职, 党政“一把手”) the accountability rules bind.</summary>
public enum LeaderRole
{
    /// <summary>县委书记 — the county party secretary.</summary>
    PartySecretary = 1,

    /// <summary>县长 — the county head.</summary>
    CountyHead = 2,
}
