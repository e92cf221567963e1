namespace PovertyRules.Assessment;

/// <summary>
/// What a decision can be reproduced from: the profile, a hash of its parameter values and the rule-set version.
/// Immutable.
/// </summary>
/// <param name="ProfileId">The profile's id.</param>
/// <param name="ParameterHash">SHA-256 (hex, first 16 characters) of the profile's parameter values.</param>
/// <param name="RuleSetVersion">The library version and a hash of the rule ids and clauses.</param>
public sealed record Receipt(string ProfileId, string ParameterHash, string RuleSetVersion)
{
    /// <summary>The declared assumptions the assessed record's fields were filled from; empty when none.</summary>
    public IReadOnlyList<Model.DeclaredAssumption> Assumptions { get; init; } = [];
}
