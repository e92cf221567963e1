using System.Globalization;

namespace PovertyRules.Data.Roster;

/// <summary>Why a row source stopped before its end: the 1-based line of the row it could not read, the field and the reason.</summary>
/// <param name="Line">The row that could not be read (1-based, counted as <see cref="RowSource.Line"/> counts).</param>
/// <param name="FieldOrdinal">The 0-based field in which the parser gave up, or a negative number when unknown.</param>
/// <param name="Reason">What is wrong, in the parser's words.</param>
internal sealed record RowSourceFailure(long Line, int FieldOrdinal, string Reason)
{
    /// <summary><c>cannot be read from line N on: reason</c>, for messages that name the source first.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"cannot be read from line {Line} on: {Reason}");
}
