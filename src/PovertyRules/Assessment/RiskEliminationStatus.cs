namespace PovertyRules.Assessment;

/// <summary>Whether a monitored household's risk counts as eliminated (风险消除).</summary>
public enum RiskEliminationStatus
{
    /// <summary>The household is not monitored: no category is recorded and no risk holds.</summary>
    NotMonitored = 0,

    /// <summary>Every condition of elimination is met: the risk counts as eliminated.</summary>
    Eliminated = 1,

    /// <summary>A condition of elimination is not met.</summary>
    NotEliminated = 2,

    /// <summary>No condition is known to fail and an input one needs is missing.</summary>
    Undetermined = 3,
}
