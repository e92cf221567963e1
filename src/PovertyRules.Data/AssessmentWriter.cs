using System.Globalization;
using System.Text.RegularExpressions;
using PovertyRules.Data.Results;
using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Rules;
using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// Writes household, village and county assessments to a CSV, JSON Lines or Parquet file as they come, holding at most
/// one Parquet row group. Every row carries the receipt (profile id, parameter hash, rule-set version) and the declared
/// assumptions. Not thread-safe; dispose it to finish the file.
/// </summary>
/// <remarks>
/// Columns: <c>level</c> (household, village, county), <c>id</c>, <c>village_code</c>, <c>status</c>, <c>members</c>,
/// <c>incidence</c>, <c>failed</c> and <c>unknown</c> (rule ids joined by <c>;</c>), <c>errors</c> (joined by
/// <c> | </c>), <c>source</c>, <c>profile_id</c>, <c>parameter_hash</c>, <c>rule_set_version</c>, <c>assumptions</c>
/// (ids joined by <c>;</c>), <c>distance</c> (the distance to exit's <see cref="ExitDistance.Summary"/>: <c>reached</c>,
/// the changes' codes such as <c>HH-INCOME 2016 +453; PROC-NOTICE</c>, <c>collect: </c> and the inputs, <c>wrongly
/// registered</c>; empty for a row that could not be read), then, one row per finding, <c>rule_id</c>, <c>kind</c>, <c>outcome</c>, <c>actual</c>,
/// <c>threshold</c>, <c>parameter</c>, <c>citation</c>, <c>verified</c>. Assessments hold no names; any 18-character ID
/// number in a message is masked (<see cref="PersonalIdNumber.Mask"/>).
/// </remarks>
public sealed partial class AssessmentWriter : IDisposable
{
    private readonly ResultSink _sink;
    private readonly ResultLayout _layout;
    private readonly string?[] _row;
    private readonly JoinCache _failed = new();
    private readonly JoinCache _unknown = new();
    private readonly string[] _counts = [.. Enumerable.Range(0, 64).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private AssessmentWriter(Stream stream, ResultWriterOptions options)
    {
        _layout = options.Layout;
        string[] columns = options.Layout == ResultLayout.OneRowPerFinding ? [.. ResultColumns.Record, .. ResultColumns.Finding] : ResultColumns.Record;
        _row = new string?[columns.Length];
        _sink = options.Format switch
        {
            ResultFormat.Csv => new CsvSink(stream, columns),
            ResultFormat.JsonLines => new JsonLinesSink(stream, columns),
            _ => new ParquetSink(stream, columns, options.RowGroupSize),
        };
    }

    /// <summary>Rows written so far.</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Creates (or overwrites) the file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not usable.</exception>
    public static AssessmentWriter Create(string path, ResultWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new AssessmentWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), options);
    }

    /// <summary>Writes to <paramref name="stream"/>, which the writer disposes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not usable.</exception>
    public static AssessmentWriter Create(Stream stream, ResultWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new AssessmentWriter(stream, options);
    }

    /// <summary>Writes each assessment as it passes and yields it on (to roll up, count or keep).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    public IEnumerable<HouseholdAssessment> WriteAll(IEnumerable<HouseholdAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return Passing(assessments);
    }

    /// <summary>Writes one household assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public void Write(HouseholdAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Array.Clear(_row);
        _row[0] = "household";
        _row[1] = assessment.HouseholdId;
        _row[2] = assessment.VillageCode;
        _row[3] = assessment.Status.ToString();
        _row[4] = assessment.MemberCount < _counts.Length ? _counts[assessment.MemberCount] : assessment.MemberCount.ToString(CultureInfo.InvariantCulture);
        Common(assessment.FailedCriteria, assessment.UnknownCriteria, assessment.Errors, assessment.Source, assessment.Receipt);
        _row[14] = assessment.DistanceToExit().Summary;
        // Findings are built on first access; a record layout never asks for them.
        Emit(_layout == ResultLayout.OneRowPerRecord || assessment.Status == HouseholdStatus.InvalidInput ? [] : assessment.Findings);
    }

    /// <summary>Writes one village assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public void Write(VillageAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Level("village", assessment, assessment.Code, assessment.Households, assessment.DistanceToExit());
    }

    /// <summary>Writes one county assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public void Write(CountyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Level("county", assessment, assessment.Code, assessment.Households, assessment.DistanceToExit());
    }

    /// <summary>
    /// Writes a village or county row that could not be read as an invalid-input result: its level, code, status
    /// <c>InvalidInput</c>, errors (each with table, row and column) and source. It has no receipt: it was never assessed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rejected"/> is null.</exception>
    public void Write(RejectedRow rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        Array.Clear(_row);
        _row[0] = rejected.Level;
        _row[1] = rejected.Code;
        _row[2] = rejected.Level == "village" ? rejected.Code : null;
        _row[3] = nameof(VillageStatus.InvalidInput);
        _row[8] = Masked(string.Join(" | ", rejected.Errors.Select(e => e.Location is null ? $"{e.Field}: {e.Reason}" : $"{e.Location}: {e.Field}: {e.Reason}")));
        _row[9] = rejected.Source.ToString();
        Emit([]);
    }

    /// <summary>Finishes the file.</summary>
    public void Dispose() => _sink.Dispose();

    private IEnumerable<HouseholdAssessment> Passing(IEnumerable<HouseholdAssessment> assessments)
    {
        foreach (var assessment in assessments)
        {
            Write(assessment);
            yield return assessment;
        }
    }

    private void Level<TStatus>(string level, LevelAssessment<TStatus> assessment, string? code, HouseholdTally? households, ExitDistance distance)
        where TStatus : struct, Enum
    {
        Array.Clear(_row);
        _row[0] = level;
        _row[1] = code;
        _row[2] = level == "village" ? code : null;
        _row[3] = assessment.Status.ToString();
        _row[4] = households?.People.ToString(CultureInfo.InvariantCulture);
        _row[5] = assessment.Incidence?.ToString(CultureInfo.InvariantCulture);
        Common(assessment.FailedCriteria, assessment.UnknownCriteria, assessment.Errors, null, assessment.Receipt);
        _row[14] = distance.Summary;
        Emit(assessment.Findings);
    }

    private void Common(IReadOnlyList<string> failed, IReadOnlyList<string> unknown, IReadOnlyList<InputError> errors, SourceLocation? source, Receipt receipt)
    {
        _row[6] = _failed.Join(failed);
        _row[7] = _unknown.Join(unknown);
        _row[8] = errors.Count == 0 ? null : Masked(string.Join(" | ", errors));
        _row[9] = source?.ToString();
        _row[10] = receipt.ProfileId;
        _row[11] = receipt.ParameterHash;
        _row[12] = receipt.RuleSetVersion;
        _row[13] = receipt.Assumptions.Count == 0 ? null : string.Join(';', receipt.Assumptions.Select(a => a.Id));
    }

    private void Emit(IReadOnlyList<Finding> findings)
    {
        if (_layout == ResultLayout.OneRowPerRecord || findings.Count == 0)
        {
            _sink.Write(_row);
            RowsWritten++;
            return;
        }

        var at = ResultColumns.Record.Length;
        foreach (var finding in findings)
        {
            _row[at] = finding.RuleId;
            _row[at + 1] = finding.Kind.ToString();
            _row[at + 2] = finding.Outcome.ToString();
            _row[at + 3] = Masked(finding.Actual);
            _row[at + 4] = finding.Threshold;
            _row[at + 5] = finding.Parameter;
            _row[at + 6] = finding.Citation;
            _row[at + 7] = finding.Verified ? "true" : "false";
            _sink.Write(_row);
            RowsWritten++;
        }
    }

    /// <summary>Masks anything shaped like an ID number that a message may quote (readers mask theirs; this is the last guard).</summary>
    private static string Masked(string text) => IdPattern().Replace(text, m => PersonalIdNumber.Mask(m.Value)!);

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex IdPattern();
}
