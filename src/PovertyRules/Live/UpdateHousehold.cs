using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>
/// Replaces the record of the household with the same id (a correction; a new village code moves it); refused when no
/// household with its id is held. Immutable.
/// </summary>
/// <param name="Household">The household's new record; a malformed one is held and assessed as invalid input.</param>
public sealed record UpdateHousehold(Household Household) : LiveChange;
