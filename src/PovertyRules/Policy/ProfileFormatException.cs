namespace PovertyRules.Policy;

/// <summary>A policy profile that cannot be read: <see cref="Path"/> says where, <see cref="Reason"/> why.</summary>
public sealed class ProfileFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ProfileFormatException(string path, string reason, Exception? inner = null)
        : this(null, path, reason, inner)
    {
    }

    private ProfileFormatException(string? file, string path, string reason, Exception? inner)
        : base($"Policy profile {(file is null ? string.Empty : $"{file} ")}{path}: {reason}", inner)
    {
        File = file;
        Path = path;
        Reason = reason;
    }

    /// <summary>The file the profile was read from, when it was read from one (for a base file: that file).</summary>
    public string? File { get; }

    /// <summary>The JSON path of the offending element, e.g. <c>$.parameters.yearsAboveLine.value</c>.</summary>
    public string Path { get; }

    /// <summary>Why it was rejected.</summary>
    public string Reason { get; }

    internal ProfileFormatException InFile(string file) => new(file, Path, Reason, InnerException);
}
