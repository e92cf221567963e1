namespace PovertyRules.Comparison;

/// <summary>One county's part of a level's impact. Immutable.</summary>
/// <param name="County">The 6-digit county code, or <see cref="ImpactReport.UnknownCounty"/>.</param>
/// <param name="Records">Records in the county.</param>
/// <param name="People">The people they stand for.</param>
/// <param name="Changed">Records whose outcome differs.</param>
/// <param name="ChangedPeople">The people in them.</param>
/// <param name="Transitions">The county's non-empty transition cells (without criteria).</param>
public sealed record CountyImpact(string County, long Records, long People, long Changed, long ChangedPeople, IReadOnlyList<OutcomeTransition> Transitions);
