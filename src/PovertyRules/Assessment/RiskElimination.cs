using PovertyRules.Rules;
using PovertyRules.Rules.Monitoring;

namespace PovertyRules.Assessment;

/// <summary>
/// The risk-elimination rule set's result for one household (风险消除): whether its risk counts as eliminated, with a
/// finding per condition (income stably above the monitoring line, the hardship resolved, 两不愁三保障 and safe water).
/// Immutable.
/// </summary>
public sealed class RiskElimination
{
    private readonly Lazy<IReadOnlyList<Finding>> _findings;

    internal RiskElimination(RiskEliminationStatus status, RiskEliminationFact fact, Verdicts verdicts)
    {
        var catalog = RiskEliminationCriteria.Catalog;
        Status = status;
        _findings = new Lazy<IReadOnlyList<Finding>>(() => catalog.Findings(fact, verdicts));
        FailedCriteria = catalog.Ids(verdicts.NotMet);
        UnknownCriteria = catalog.Ids(verdicts.Unknown);
    }

    /// <summary>The outcome; the findings are given for a household not monitored too.</summary>
    public RiskEliminationStatus Status { get; }

    /// <summary>One finding per condition of elimination, in report order.</summary>
    public IReadOnlyList<Finding> Findings => _findings.Value;

    /// <summary>The ids of the conditions not met.</summary>
    public IReadOnlyList<string> FailedCriteria { get; }

    /// <summary>The ids of the conditions that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>The status and the conditions not met or unknown.</summary>
    public override string ToString() =>
        $"{Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}{(UnknownCriteria.Count > 0 ? $" (unknown: {string.Join(", ", UnknownCriteria)})" : string.Empty)}";
}
