using PovertyRules.Rules;
using System.Globalization;

namespace PovertyRules.Comparison;

/// <summary>A criterion whose verdict differs between the profiles, and for how many records of a transition. Immutable.</summary>
/// <param name="CriterionId">The rule id, e.g. <c>HH-INCOME</c>, or <see cref="ImpactReport.InputCriterion"/>.</param>
/// <param name="Baseline">The verdict under the baseline profile; <c>null</c> when the criterion does not apply under it.</param>
/// <param name="Changed">The verdict under the changed profile; <c>null</c> when the criterion does not apply under it.</param>
/// <param name="Records">How many records.</param>
/// <param name="People">The people they stand for.</param>
public sealed record CriterionShift(string CriterionId, Outcome? Baseline, Outcome? Changed, long Records, long People)
{
    /// <summary><c>ID Baseline → Changed: N records</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CriterionId} {ImpactReport.Name(Baseline)} → {ImpactReport.Name(Changed)}: {Records:N0} records");
}
