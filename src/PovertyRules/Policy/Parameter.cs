namespace PovertyRules.Policy;

/// <summary>
/// One policy parameter's value with where it comes from. Immutable.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value the rules read.</param>
/// <param name="Citation">The policy text (or other source) the value comes from; never empty.</param>
/// <param name="Verified">
/// <c>false</c> when the figure could not be checked against an official text (a projection, a news copy, a local
/// practice); such values are defaults to override, and every finding that uses one says so.
/// </param>
public sealed record Parameter<T>(T Value, string Citation, bool Verified)
{
    /// <summary>The value, the citation and an "(unverified)" mark where it applies.</summary>
    public override string ToString() => $"{Value} — {Citation}{(Verified ? string.Empty : " (unverified)")}";
}
