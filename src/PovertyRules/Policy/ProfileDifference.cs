namespace PovertyRules.Policy;

/// <summary>How one entry differs between two profiles. Immutable.</summary>
/// <param name="Name">The entry's JSON name (<c>year</c>, <c>povertyLines.2016</c>, <c>yearsAboveLine</c>, …).</param>
/// <param name="Baseline">The entry in the first profile; <c>null</c> when only the second has it.</param>
/// <param name="Changed">The entry in the second profile; <c>null</c> when only the first has it.</param>
public sealed record ProfileDifference(string Name, ProfileEntry? Baseline, ProfileEntry? Changed)
{
    /// <summary>Whether the value differs (rather than only the citation or the verified flag).</summary>
    public bool ValueChanged => Baseline?.Value != Changed?.Value;

    /// <summary><c>name: old → new</c>, with the new citation.</summary>
    public override string ToString() =>
        $"{Name}: {Baseline?.Value ?? "(absent)"} → {Changed?.Value ?? "(absent)"}" +
        (Changed is null ? string.Empty : $" — {Changed.Citation}{(Changed.Verified ? string.Empty : " (unverified)")}");
}
