using PovertyRules.Rules;

namespace PovertyRules.Comparison;

/// <summary>The change of one criterion's verdict for one record. Immutable.</summary>
/// <param name="CriterionId">The rule id, or <see cref="ImpactReport.InputCriterion"/>.</param>
/// <param name="Baseline">The verdict under the baseline profile; <c>null</c> when it does not apply.</param>
/// <param name="Changed">The verdict under the changed profile; <c>null</c> when it does not apply.</param>
public sealed record CriterionChange(string CriterionId, Outcome? Baseline, Outcome? Changed)
{
    /// <summary><c>ID Baseline→Changed</c>.</summary>
    public override string ToString() => $"{CriterionId} {ImpactReport.Name(Baseline)}→{ImpactReport.Name(Changed)}";
}
