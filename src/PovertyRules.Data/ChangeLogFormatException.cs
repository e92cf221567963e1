namespace PovertyRules.Data;

/// <summary>A line of a change log cannot be read as an applied change; the message names the file, the line and why.</summary>
public sealed class ChangeLogFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChangeLogFormatException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public ChangeLogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public ChangeLogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
