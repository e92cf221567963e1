namespace PovertyRules.Live;

/// <summary>
/// Removes the member at <paramref name="Position"/> of a household (a household left with no member is assessed as
/// invalid input); refused when no household with the id is held or no member is at that position. Immutable.
/// </summary>
/// <param name="HouseholdId">The household's register number (户编号).</param>
/// <param name="Position">The member's 0-based position in the household's members.</param>
public sealed record RemoveMember(string HouseholdId, int Position) : LiveChange;
