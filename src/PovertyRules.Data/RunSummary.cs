namespace PovertyRules.Data;

/// <summary>
/// What a run read and produced, so that records in can be checked against results out. Immutable.
/// </summary>
/// <param name="PersonsRead">Person rows read (blank rows are not persons).</param>
/// <param name="HouseholdsFormed">Households built from them, each passed on (a household with read errors too).</param>
/// <param name="HouseholdsWithReadErrors">Of those, households carrying at least one read error.</param>
/// <param name="HouseholdsAssessed">Household assessments counted by <see cref="RosterReader.Track"/>.</param>
/// <param name="HouseholdsInvalid">Of those, invalid-input assessments.</param>
/// <param name="PersonsAssessed">Members of the households assessed.</param>
/// <param name="UnmatchedSupplementRows">Supplement rows whose household number was not in the export.</param>
public sealed record RunSummary(
    long PersonsRead,
    long HouseholdsFormed,
    long HouseholdsWithReadErrors,
    long HouseholdsAssessed,
    long HouseholdsInvalid,
    long PersonsAssessed,
    long UnmatchedSupplementRows)
{
    /// <summary>Every household formed was assessed and every person read is a member of an assessed household.</summary>
    public bool Reconciles => HouseholdsFormed == HouseholdsAssessed && PersonsRead == PersonsAssessed;

    /// <summary>One line: <c>persons read …, households formed …, assessed …, invalid …</c>.</summary>
    public override string ToString() =>
        $"persons read {PersonsRead}, households formed {HouseholdsFormed} ({HouseholdsWithReadErrors} with read errors), "
        + $"assessed {HouseholdsAssessed} ({HouseholdsInvalid} invalid, {PersonsAssessed} persons), unmatched supplement rows {UnmatchedSupplementRows}"
        + (Reconciles ? string.Empty : " — DOES NOT RECONCILE");
}
