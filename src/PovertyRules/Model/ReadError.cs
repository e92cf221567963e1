namespace PovertyRules.Model;

/// <summary>
/// A problem a reader found while building a record (a wrong type, an unknown code, a bad ID number): the record is
/// still passed on, so that the run keeps one result per record, and the engine turns it into invalid input with this
/// reason. Immutable.
/// </summary>
/// <param name="Field">The model field the value was meant for (e.g. <c>Members[2].Schooling</c>).</param>
/// <param name="Reason">What is wrong, with the value as read.</param>
/// <param name="Location">The file, row and column of the value.</param>
public sealed record ReadError(string Field, string Reason, SourceLocation? Location);
