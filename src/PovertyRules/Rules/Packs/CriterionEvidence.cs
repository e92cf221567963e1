namespace PovertyRules.Rules.Packs;

/// <summary>What a rule pack's criterion shows for one household: the finding's actual value, threshold, parameter and clause.</summary>
/// <param name="Actual">The recorded value, e.g. <c>9.5 m² per person (38 m², 4 persons)</c>, or what is missing.</param>
/// <param name="Threshold">What the criterion requires, e.g. <c>at least 13 m² per person</c>.</param>
/// <param name="Parameter">The profile path of the figure it uses (<see cref="Policy.PackSection.PathOf"/>); <c>null</c> when none.</param>
/// <param name="Citation">The policy clause or source.</param>
/// <param name="Verified"><c>false</c> when the figure or clause could not be checked against an official text.</param>
public sealed record CriterionEvidence(string Actual, string Threshold, string? Parameter, string Citation, bool Verified);
