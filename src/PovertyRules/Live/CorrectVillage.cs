using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>
/// Describes a village or replaces its description (figures, facilities, delisting procedure); its remaining poor
/// people are counted from its households whatever the record says. Refused when the code is not a well-formed
/// 12-digit village code. Immutable.
/// </summary>
/// <param name="Village">The village's record; one that is malformed otherwise is held and assessed as invalid input.</param>
public sealed record CorrectVillage(Village Village) : LiveChange;
