using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// A fact the caller asserts for a run because the export does not record it, with the statement and citation every
/// receipt it affected will carry. It fills only fields that neither the export nor the supplement recorded, and is
/// listed on exactly the households it filled a field of. Immutable.
/// </summary>
/// <param name="Fact">What it fills in.</param>
/// <param name="Declared">Its id, statement and citation, as receipts list it.</param>
public sealed record RegisterAssumption(AssumedFact Fact, DeclaredAssumption Declared)
{
    /// <summary>
    /// The household numbers (户编号) it is declared for; <c>null</c> for every household of the run.
    /// </summary>
    public IReadOnlySet<string>? HouseholdIds { get; init; }

    /// <summary>Whether it is declared for the household numbered <paramref name="householdId"/>.</summary>
    public bool AppliesTo(string householdId) => HouseholdIds is null || HouseholdIds.Contains(householdId);
}
