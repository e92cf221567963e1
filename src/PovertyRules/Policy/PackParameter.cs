namespace PovertyRules.Policy;

/// <summary>
/// A figure of a rule pack's profile section, cited like every parameter of the profile. Immutable.
/// </summary>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit as the profile writes it (m², L per person per day, …); <c>null</c> when none is given.</param>
/// <param name="Citation">Where the figure comes from; never empty.</param>
/// <param name="Verified"><c>false</c> when it could not be checked against an official text: findings that use it say so.</param>
public sealed record PackParameter(decimal Value, string? Unit, string Citation, bool Verified)
{
    /// <summary>The value, the unit, the citation and an "(unverified)" mark where it applies.</summary>
    public override string ToString() =>
        $"{Value}{(Unit is null ? string.Empty : " " + Unit)} — {Citation}{(Verified ? string.Empty : " (unverified)")}";
}
