namespace PovertyRules.Assessment;

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
