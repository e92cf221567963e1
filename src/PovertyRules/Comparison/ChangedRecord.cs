namespace PovertyRules.Comparison;

/// <summary>A record whose outcome differs between the profiles. Immutable.</summary>
/// <param name="Id">The record's id (户编号 for a household); <c>null</c> for a null record.</param>
/// <param name="County">The 6-digit county code, or <see cref="ImpactReport.UnknownCounty"/>.</param>
/// <param name="From">The outcome under the baseline profile.</param>
/// <param name="To">The outcome under the changed profile.</param>
/// <param name="Criteria">The criteria whose verdict moved between passing (met or not applicable), not met and unknown.</param>
public sealed record ChangedRecord(string? Id, string County, string From, string To, IReadOnlyList<CriterionChange> Criteria)
{
    /// <summary><c>Id: From → To (criteria)</c>.</summary>
    public override string ToString() => $"{Id}: {From} → {To} ({string.Join("; ", Criteria)})";
}
