using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// A row of a village or county table that could not be read: it is not passed on as a record (a descriptor with a
/// value left out would be assessed as if that value were merely not recorded), so it is a result of its own, of
/// status invalid input, that <see cref="AssessmentWriter.Write(RejectedRow)"/> writes beside the assessments. Immutable.
/// </summary>
/// <param name="Level"><c>village</c> or <c>county</c>.</param>
/// <param name="Code">The row's village or county code as read (<c>null</c> when blank).</param>
/// <param name="Source">The table and row.</param>
/// <param name="Errors">Every value of the row that could not be read, each with its table, row, column and reason.</param>
public sealed record RejectedRow(string Level, string? Code, SourceLocation Source, IReadOnlyList<ReadError> Errors)
{
    /// <summary>Every value of the row that could not be read, each with its table, row, column and reason (a copy: the list given is not kept).</summary>
    public IReadOnlyList<ReadError> Errors { get; init; } = [.. Errors ?? throw new ArgumentNullException(nameof(Errors))];

    /// <summary><c>table:row: level code: InvalidInput (errors)</c>.</summary>
    public override string ToString() =>
        $"{Source}: {Level} {Code ?? "(no code)"}: InvalidInput ({string.Join("; ", Errors.Select(e => $"{e.Location}: {e.Field}: {e.Reason}"))})";
}
