using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>
/// Replaces the member at <paramref name="Position"/> of a household, or adds one when the position is the number of
/// members; refused when no household with the id is held or the position is outside 0 to the number of members. Immutable.
/// </summary>
/// <param name="HouseholdId">The household's register number (户编号).</param>
/// <param name="Position">The member's 0-based position in the household's members (the head is 0).</param>
/// <param name="Member">The member's record.</param>
public sealed record SetMember(string HouseholdId, int Position, Member Member) : LiveChange;
