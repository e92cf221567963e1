namespace PovertyRules.Scenarios;

/// <summary>What a scenario assesses.</summary>
public enum ScenarioKind
{
    /// <summary>One household under the household-exit and exclusion rule sets.</summary>
    Household = 1,
    /// <summary>One village under the village delisting rule set.</summary>
    Village = 2,
    /// <summary>One county under the county de-capping rule set.</summary>
    County = 3,
    /// <summary>One county's cadre accountability (input <c>accountability</c>, templates <c>accountabilities</c>) under the accountability rule set.</summary>
    Accountability = 4,
    /// <summary>One household under the relapse-monitoring rule sets (its risks, then risk elimination); the input is <c>household</c>.</summary>
    Monitoring = 5,
    /// <summary>A de-capping schedule (<c>schedule</c>): counties' projections and the year each can de-cap.</summary>
    Schedule = 6,
    /// <summary>A province plan check (<c>plan</c>): everyone out, the first years' share, per month and per day, late counties.</summary>
    Plan = 7,
    /// <summary>A fund allocation by the factor method (<c>allocation</c>).</summary>
    Allocation = 8,
}
