using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Assessment;

/// <summary>
/// What the data-quality checks found in one household's records: its findings (errors and warnings, each at its row
/// and column), the checks that could not run for a missing input, or — for a record too malformed to check — the
/// input errors. Immutable.
/// </summary>
public sealed record HouseholdQuality
{
    /// <summary>The record's 0-based position in the input.</summary>
    public required int Index { get; init; }

    /// <summary>户编号, as recorded; <c>null</c> for a null record.</summary>
    public required string? HouseholdId { get; init; }

    /// <summary>Where the household's first row was read from; <c>null</c> for a record built in code.</summary>
    public required SourceLocation? Source { get; init; }

    /// <summary>The defects found, in check order and, within a check, member order.</summary>
    public required IReadOnlyList<DataQualityFinding> Findings
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>The ids of the checks that apply but could not be decided, because an input they read is not recorded.</summary>
    public required IReadOnlyList<string> Unchecked
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>
    /// Why the record could not be checked (a null record, a null member, a code outside the tables, a reader's error):
    /// the same errors an assessment would reject it with. Empty when it was checked.
    /// </summary>
    public required IReadOnlyList<InputError> InputErrors
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>Whether the record was checked (it had no input errors).</summary>
    public bool Checked => InputErrors.Count == 0;

    /// <summary>Whether the record is invalid input: it has input errors or a finding of severity <see cref="DataQualitySeverity.Error"/>.</summary>
    public bool HasErrors => InputErrors.Count > 0 || Findings.Any(f => f.Severity == DataQualitySeverity.Error);
}
