using PovertyRules.Assessment;
using PovertyRules.Comparison;

namespace PovertyRules.Live;

/// <summary>
/// What a change did to one household, village or county: its outcome before and after, and the criteria whose verdict
/// moved between passing (met or not applicable), not met and unknown. Immutable.
/// </summary>
/// <param name="Level">Household, village or county.</param>
/// <param name="Id">The household id, or the village or county code.</param>
/// <param name="County">The 6-digit county code, or <see cref="ImpactReport.UnknownCounty"/> for a household with a malformed village code.</param>
/// <param name="From">The outcome before (a status name, as in the policy comparison); <c>null</c> when the record was not held.</param>
/// <param name="To">The outcome after; <c>null</c> when the record was removed.</param>
/// <param name="Criteria">
/// The criteria whose verdict moved (<see cref="ImpactReport.InputCriterion"/> alone when either side is invalid input).
/// </param>
/// <param name="Receipt">The receipt of the assessment after (before, for a removed record).</param>
public sealed record LiveTransition(
    AssessmentLevel Level, string Id, string County, string? From, string? To, IReadOnlyList<CriterionChange> Criteria, Receipt Receipt)
{
    /// <summary>Whether the outcome differs (a record added or removed included).</summary>
    public bool StatusChanged => From != To;

    /// <summary><c>Level Id: From → To (criteria)</c>.</summary>
    public override string ToString() =>
        $"{Level} {Id}: {From ?? "(none)"} → {To ?? "(none)"}{(Criteria.Count > 0 ? $" ({string.Join("; ", Criteria)})" : string.Empty)}";
}
