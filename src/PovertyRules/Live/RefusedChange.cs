namespace PovertyRules.Live;

/// <summary>A change a live register did not apply, and why; it changed nothing and is not in the change log. Immutable.</summary>
/// <param name="Change">The change.</param>
/// <param name="Reason">Why, naming the record (e.g. <c>no household '4312-0001' is held</c>).</param>
public sealed record RefusedChange(LiveChange Change, string Reason)
{
    /// <summary><c>Kind: reason</c>.</summary>
    public override string ToString() => $"{Change.Kind}: {Reason}";
}
