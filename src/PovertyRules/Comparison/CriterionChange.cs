using PovertyRules.Rules;

namespace PovertyRules.Comparison;

/// <summary>The change of one criterion's verdict for one record. Immutable.</summary>
/// <param name="CriterionId">The rule id, or <see cref="ImpactReport.InputCriterion"/>.</param>
/// <param name="Baseline">The verdict under the baseline profile; <c>null</c> when it does not apply.</param>
/// <param name="Changed">The verdict under the changed profile; <c>null</c> when it does not apply.</param>
public sealed record CriterionChange(string CriterionId, Outcome? Baseline, Outcome? Changed)
{
    /// <summary>
    /// The change of criterion <paramref name="id"/> from <paramref name="before"/> to <paramref name="after"/>, or
    /// <c>null</c> when it did not cause a transition: the same verdict, or passing on both sides (met, or not applicable).
    /// The one rule for the policy comparison and the live register.
    /// </summary>
    internal static CriterionChange? Between(string id, Outcome? before, Outcome? after) =>
        before != after && !(Passes(before) && Passes(after)) ? new CriterionChange(id, before, after) : null;

    /// <summary>A criterion's verdict from an assessment's lists: <c>null</c> when it does not apply, else not met, unknown or met.</summary>
    internal static Outcome? OutcomeOf(string id, bool applies, IReadOnlyList<string> failed, IReadOnlyList<string> unknown) =>
        !applies ? null
        : failed.Contains(id) ? Outcome.NotMet
        : unknown.Contains(id) ? Outcome.Unknown
        : Outcome.Met;

    /// <summary><c>ID Baseline→Changed</c>.</summary>
    public override string ToString() => $"{CriterionId} {ImpactReport.Name(Baseline)}→{ImpactReport.Name(Changed)}";

    private static bool Passes(Outcome? outcome) => outcome is null or Outcome.Met;
}
