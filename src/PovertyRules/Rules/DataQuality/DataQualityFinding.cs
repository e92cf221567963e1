namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// One defect a data-quality check found in a household's records: which check, how much it weighs, where (the model
/// field and the file, row and column it was read from) and the value found. Immutable.
/// </summary>
/// <param name="RuleId">The stable id of the check, e.g. <c>DQ-ID-CHECKSUM</c>.</param>
/// <param name="Severity">Error (invalid input) or warning (reported beside the assessment).</param>
/// <param name="Field">The model field, e.g. <c>Members[2].IdNumber</c>, or <c>Dwelling.FloorAreaSquareMetres</c>.</param>
/// <param name="Location">The file, row and column (the register's header) the value was read from; <c>null</c> for a record built in code.</param>
/// <param name="Actual">The value found, in English (an ID number masked).</param>
/// <param name="Requirement">What the check requires, in English.</param>
/// <param name="Parameter">The profile parameter(s) the check's threshold comes from; <c>null</c> when it reads none.</param>
/// <param name="Citation">Where the check comes from.</param>
/// <param name="Verified"><c>false</c> when the check rests on a figure or text marked unverified.</param>
/// <param name="MessageZh">A one-line explanation in Chinese, with the value found.</param>
/// <param name="MessageEn">A one-line explanation in English, with the value found.</param>
public sealed record DataQualityFinding(
    string RuleId,
    DataQualitySeverity Severity,
    string Field,
    SourceLocation? Location,
    string Actual,
    string Requirement,
    string? Parameter,
    string Citation,
    bool Verified,
    string MessageZh,
    string MessageEn)
{
    /// <summary>The English message, preceded by <c>file:line [column]: </c> when the location is known.</summary>
    public override string ToString() => Location is null ? MessageEn : $"{Location}: {MessageEn}";
}
