namespace PovertyRules.Rules;

/// <summary>How a yes/no procedure step states what it was decided on, at every level.</summary>
internal static class StepEvidence
{
    /// <param name="done">The step as recorded.</param>
    /// <param name="field">The record's path to it, named when it is not recorded.</param>
    /// <param name="citation">The procedure's clause.</param>
    public static Evidence Of(bool? done, string field, string citation) =>
        new(done switch { true => "done", false => "not done", null => $"not recorded ({field})" }, "done", null, citation, true);
}
