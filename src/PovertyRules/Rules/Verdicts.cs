namespace PovertyRules.Rules;

/// <summary>
/// The verdicts of one fact as bit masks over its level's catalog: which criteria apply, which of those are not met,
/// which are unknown; every other applicable criterion is met (its rule did not fire).
/// </summary>
internal readonly record struct Verdicts(int Applicable, int NotMet, int Unknown)
{
    /// <summary>The verdict of the criterion with bit <paramref name="bit"/> (which applies).</summary>
    public Verdict Of(int bit) => (NotMet & bit) != 0 ? Verdict.NotMet : (Unknown & bit) != 0 ? Verdict.Unknown : Verdict.Met;
}
