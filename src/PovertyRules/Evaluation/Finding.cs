namespace PovertyRules.Evaluation;

/// <summary>
/// The result of one criterion for one household, with what it was decided on. Immutable.
/// </summary>
/// <param name="RuleId">The stable rule id, e.g. <c>HH-INCOME</c>.</param>
/// <param name="Kind">Exit criterion, procedure step or exclusion.</param>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="Actual">The household's value the rule looked at (or which input is missing).</param>
/// <param name="Threshold">What the rule requires.</param>
/// <param name="Parameter">The profile parameter(s) the threshold comes from; <c>null</c> when the criterion reads none.</param>
/// <param name="Citation">The policy clause the criterion and its threshold come from.</param>
/// <param name="Verified"><c>false</c> when the threshold rests on a figure marked unverified in the profile.</param>
/// <param name="MessageZh">A one-line explanation in Chinese.</param>
/// <param name="MessageEn">A one-line explanation in English.</param>
public sealed record Finding(
    string RuleId,
    CriterionKind Kind,
    Outcome Outcome,
    string Actual,
    string Threshold,
    string? Parameter,
    string Citation,
    bool Verified,
    string MessageZh,
    string MessageEn)
{
    /// <summary>The English message.</summary>
    public override string ToString() => MessageEn;
}

/// <summary>
/// Why a record was rejected: the field (a path such as <c>Members[2].Age</c>), the reason and, for a record a reader
/// built, the file, row and column it came from.
/// </summary>
/// <param name="Field">Where in the record.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record InputError(string Field, string Reason)
{
    /// <summary>The file, row and column the value was read from; <c>null</c> for a record built in code.</summary>
    public Model.SourceLocation? Location { get; init; }

    /// <summary><c>Field: Reason</c>, preceded by <c>file:line [column]: </c> when the location is known.</summary>
    public override string ToString() => Location is null ? $"{Field}: {Reason}" : $"{Location}: {Field}: {Reason}";
}

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
