namespace PovertyRules.Data;

/// <summary>
/// The file as a whole cannot be read as a roster (a required column is missing, no header row is found, the named
/// sheet does not exist): raised before any row is read. Problems of single rows never raise it; they become read
/// errors of their household.
/// </summary>
public sealed class RosterFormatException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public RosterFormatException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public RosterFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public RosterFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
