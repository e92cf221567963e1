namespace PovertyRules.Live;

/// <summary>Who made a change to a live register and why, as the change log records it. Immutable.</summary>
/// <param name="By">The caller: a user, an office or a system (e.g. <c>county-office-431226</c>).</param>
/// <param name="Why">The reason or the case it belongs to (e.g. <c>2016 核查月: income corrected</c>); <c>null</c> when none is given.</param>
public sealed record ChangeReference(string By, string? Why = null);
