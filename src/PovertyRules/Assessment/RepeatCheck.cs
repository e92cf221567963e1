using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// Decides, for each record of a batch in input order, the 0-based position of an earlier record of the run with its id
/// (or <see cref="DuplicateIds.None"/>), into <paramref name="firsts"/>: a whole batch at once, so that a table of
/// millions of ids can fetch the batch's slots together (<see cref="DuplicateIds.CheckAll"/>).
/// </summary>
internal delegate void RepeatCheck(ReadOnlySpan<HouseholdRecord?> batch, Span<long> firsts);
