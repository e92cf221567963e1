namespace PovertyRules.Comparison;

/// <summary>The level of the policy a result belongs to.</summary>
public enum AssessmentLevel
{
    /// <summary>Household exit and the excluded categories.</summary>
    Household = 1,
    /// <summary>Village delisting (贫困村出列).</summary>
    Village = 2,
    /// <summary>County de-capping (贫困县摘帽).</summary>
    County = 3,
}
