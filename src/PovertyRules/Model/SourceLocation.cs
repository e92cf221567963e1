using System.Globalization;

namespace PovertyRules.Model;

/// <summary>
/// Where a record (or one value of it) was read from: a file or source name, a 1-based line or row number, and
/// optionally the column. Readers fill it so that findings and input errors can point to the row. Immutable.
/// </summary>
/// <param name="File">The file name or source description (for a database, the table or query).</param>
/// <param name="Line">The 1-based line (CSV) or row (Excel, database) number.</param>
/// <param name="Column">The column header, when the location is one value of the row.</param>
public sealed record SourceLocation(string File, long Line, string? Column = null)
{
    /// <summary>The same row, pointing at <paramref name="column"/>.</summary>
    public SourceLocation At(string column) => this with { Column = column };

    /// <summary><c>file:line</c>, or <c>file:line [column]</c>.</summary>
    public override string ToString() =>
        Column is null
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line} [{Column}]");
}
