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
    /// <summary>One household under the relapse-monitoring rule sets (its risks, then risk elimination); the input is <c>household</c>.</summary>
    Monitoring = 4,
}
