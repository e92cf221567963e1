namespace PovertyRules.Cli.Inputs;

/// <summary>A command line that names something unusable (a missing file, an unknown profile): no run can start.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
