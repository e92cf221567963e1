namespace PovertyRules.Assessment;

/// <summary>The outcome of a household's relapse-monitoring classification (防止返贫动态监测).</summary>
public enum MonitoringStatus
{
    /// <summary>Every risk is known not to hold: the household is not a monitoring object.</summary>
    NotAtRisk = 0,

    /// <summary>At least one risk holds: the household belongs in the categories of <see cref="MonitoringAssessment.Categories"/>.</summary>
    AtRisk = 1,

    /// <summary>No risk is known to hold and an input some risk needs is missing.</summary>
    Undetermined = 2,

    /// <summary>The record is malformed; <see cref="MonitoringAssessment.Errors"/> says why.</summary>
    InvalidInput = 3,
}
