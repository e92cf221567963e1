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
    /// <summary>
    /// The line from which the file could not be read (a CSV record with malformed quoting: the parser cannot tell where
    /// it ends), or <c>null</c> when the file was read to its end. The household whose rows reach that line carries a
    /// read error saying so, and is invalid input.
    /// </summary>
    public long? UnreadableFromLine { get; init; }

    /// <summary>Every household formed was assessed and every person read is a member of an assessed household.</summary>
    public bool Reconciles => HouseholdsFormed == HouseholdsAssessed && PersonsRead == PersonsAssessed;

    /// <summary>One line: <c>persons read …, households formed …, assessed …, invalid …</c>, and where the file stopped being readable.</summary>
    public override string ToString() =>
        $"persons read {PersonsRead}, households formed {HouseholdsFormed} ({HouseholdsWithReadErrors} with read errors), "
        + $"assessed {HouseholdsAssessed} ({HouseholdsInvalid} invalid, {PersonsAssessed} persons), unmatched supplement rows {UnmatchedSupplementRows}"
        + (UnreadableFromLine is { } line ? $"; NOT READ TO THE END: unreadable from line {line}" : string.Empty)
        + (Reconciles ? string.Empty : " — DOES NOT RECONCILE");
}
