namespace PovertyRules.Scenarios;

/// <summary>
/// A scenario file that cannot be read: <see cref="File"/>, <see cref="Line"/> and <see cref="Path"/> say where,
/// <see cref="Reason"/> why. The message reads <c>file:line: path: reason</c>.
/// </summary>
public sealed class ScenarioFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The scenario file.</param>
    /// <param name="path">The path of the offending element, e.g. <c>$.scenarios[2].household.members[0].age</c>.</param>
    /// <param name="line">The line (1-based) where the element starts, when known.</param>
    /// <param name="reason">Why it was rejected.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ScenarioFormatException(string file, string path, int? line, string reason, Exception? inner = null)
        : base($"{file}{(line is { } l ? $":{l}" : string.Empty)}: {path}: {reason}", inner)
    {
        File = file;
        Path = path;
        Line = line;
        Reason = reason;
    }

    /// <summary>The scenario file.</summary>
    public string File { get; }

    /// <summary>The path of the offending element in the file's tree, e.g. <c>$.scenarios[2].expect.status</c>.</summary>
    public string Path { get; }

    /// <summary>The 1-based line where the element (or the nearest enclosing one) starts; <c>null</c> when unknown (JSON files).</summary>
    public int? Line { get; }

    /// <summary>Why it was rejected.</summary>
    public string Reason { get; }
}
