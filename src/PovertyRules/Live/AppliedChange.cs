namespace PovertyRules.Live;

/// <summary>A change as a live register applied it: its place in the register's sequence and when. Immutable.</summary>
/// <param name="Sequence">1 for the first change applied to the register, then one more for each.</param>
/// <param name="Time">When it was applied (the register's clock).</param>
/// <param name="Change">The change, with its reference (who, why).</param>
public sealed record AppliedChange(long Sequence, DateTimeOffset Time, LiveChange Change);
