using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>Adds a household to the register; refused when a household with its id is already held. Immutable.</summary>
/// <param name="Household">The household's record; a malformed one is held and assessed as invalid input.</param>
public sealed record AddHousehold(Household Household) : LiveChange;
