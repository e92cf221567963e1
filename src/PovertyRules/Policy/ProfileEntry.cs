namespace PovertyRules.Policy;

/// <summary>One line of a profile: a poverty line or a parameter, with its value, unit, citation and verified flag. Immutable.</summary>
/// <param name="Name">The JSON name: <c>povertyLines.2016</c>, or a parameter name such as <c>yearsAboveLine</c>.</param>
/// <param name="Value">The value formatted for people (<c>none</c> for an option that is off).</param>
/// <param name="Unit">The unit or kind of value.</param>
/// <param name="Citation">Where the value comes from.</param>
/// <param name="Verified"><c>false</c> when the value could not be checked against an official text.</param>
public sealed record ProfileEntry(string Name, string Value, string Unit, string Citation, bool Verified);
