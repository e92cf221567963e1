namespace PovertyRules.Distance;

/// <summary>An input that must be collected before a criterion can be decided. Immutable.</summary>
/// <param name="RuleId">The criterion that is unknown without it.</param>
/// <param name="Input">
/// What to record: a field path of the record (<c>Members[1].MedicalInsuranceEnrolled</c>, <c>Income[2016].PerCapitaNet</c>),
/// or, where the criterion reads more than one field, what its finding says is missing.
/// </param>
public sealed record MissingInput(string RuleId, string Input)
{
    /// <summary><c>RuleId Input</c>, e.g. <c>HH-WATER SafeDrinkingWater</c>.</summary>
    public override string ToString() => $"{RuleId} {Input}";
}
