using System.Globalization;

namespace PovertyRules.Comparison;

/// <summary>One cell of the outcome transition matrix. Immutable.</summary>
/// <param name="From">The outcome under the baseline profile.</param>
/// <param name="To">The outcome under the changed profile.</param>
/// <param name="Records">How many records.</param>
/// <param name="People">The people they stand for.</param>
/// <param name="Criteria">
/// For a change of outcome: each criterion whose verdict moved between passing (met, or not applicable), not met and
/// unknown, with how many of these records it moved for (a record whose outcome changed for two criteria counts under
/// both); most frequent first. Empty for unchanged outcomes and in county matrices.
/// </param>
public sealed record OutcomeTransition(string From, string To, long Records, long People, IReadOnlyList<CriterionShift> Criteria)
{
    /// <summary>Whether the outcome differs.</summary>
    public bool Changed => From != To;

    /// <summary><c>From → To: N records (P people)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From} → {To}: {Records:N0} records ({People:N0} people)");
}
