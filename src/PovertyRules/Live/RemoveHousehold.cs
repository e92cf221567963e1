namespace PovertyRules.Live;

/// <summary>Removes a household from the register; refused when no household with the id is held. Immutable.</summary>
/// <param name="HouseholdId">The household's register number (户编号).</param>
public sealed record RemoveHousehold(string HouseholdId) : LiveChange;
