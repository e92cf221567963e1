namespace PovertyRules.Live;

/// <summary>
/// What one call to a live register did: the changes applied (with their sequence numbers and time), those refused,
/// and the transitions they caused at each level, from the state before the call to the state after. Immutable.
/// </summary>
public sealed class LiveResult
{
    internal LiveResult(
        long version,
        IReadOnlyList<AppliedChange> applied,
        IReadOnlyList<RefusedChange> refused,
        IReadOnlyList<LiveTransition> households,
        IReadOnlyList<LiveTransition> villages,
        IReadOnlyList<LiveTransition> counties)
    {
        Version = version;
        Applied = applied;
        Refused = refused;
        Households = households;
        Villages = villages;
        Counties = counties;
    }

    /// <summary>The register's version after the call: the sequence number of the last change it has applied.</summary>
    public long Version { get; }

    /// <summary>The changes applied, in order; the change log holds exactly these.</summary>
    public IReadOnlyList<AppliedChange> Applied { get; }

    /// <summary>The changes refused (they changed nothing), in order, each with why.</summary>
    public IReadOnlyList<RefusedChange> Refused { get; }

    /// <summary>Households whose outcome or criteria changed (added and removed ones included), in id order.</summary>
    public IReadOnlyList<LiveTransition> Households { get; }

    /// <summary>Described villages whose outcome or criteria changed, in code order.</summary>
    public IReadOnlyList<LiveTransition> Villages { get; }

    /// <summary>Described counties whose outcome or criteria changed, in code order.</summary>
    public IReadOnlyList<LiveTransition> Counties { get; }

    /// <summary>Every transition: households, then villages, then counties.</summary>
    public IEnumerable<LiveTransition> Transitions => Households.Concat(Villages).Concat(Counties);

    /// <summary><c>vN: A applied, R refused, H household / V village / C county transitions</c>.</summary>
    public override string ToString() =>
        $"v{Version}: {Applied.Count} applied, {Refused.Count} refused, {Households.Count} household / {Villages.Count} village / {Counties.Count} county transitions";
}
