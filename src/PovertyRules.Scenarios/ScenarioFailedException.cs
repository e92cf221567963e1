namespace PovertyRules.Scenarios;

/// <summary>A scenario whose outcome differs from its expectation; the message is <see cref="ScenarioResult.Describe"/>.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Creates the exception for a failed result.</summary>
    public ScenarioFailedException(ScenarioResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).Describe())
    {
        Result = result;
    }

    /// <summary>The failed result.</summary>
    public ScenarioResult Result { get; }
}
