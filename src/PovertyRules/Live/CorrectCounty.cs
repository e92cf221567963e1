using PovertyRules.Model;

namespace PovertyRules.Live;

/// <summary>
/// Describes a county or replaces its description (figures, sample, de-capping procedure); its remaining poor people
/// and listed villages are counted from its households and villages whatever the record says. Refused when the code is
/// not a well-formed 6-digit county code. Immutable.
/// </summary>
/// <param name="County">The county's record; one that is malformed otherwise is held and assessed as invalid input.</param>
public sealed record CorrectCounty(County County) : LiveChange;
