namespace PovertyRules.Rules;

/// <summary>
/// The verdict collector of a household, village or county fact: rules fire only on a criterion not met and record it
/// here; after firing, the rule set records which criteria are not known to be met (<see cref="Criterion{TFact}.Unresolved"/>).
/// An applicable criterion neither not met nor unresolved is met. A class, not a record: NRules tells facts apart by
/// identity.
/// </summary>
internal abstract class LevelFact
{
    private int _notMet;
    private int _unresolved;

    /// <summary>Set when a rule's condition or action threw on this fact; the assessment becomes invalid input.</summary>
    public string? Failure { get; set; }

    public int NotMetMask => _notMet;

    /// <summary>Bit i set when criterion i is not known to be met and not recorded not met: unknown for a missing input.</summary>
    public int UnknownMask => _unresolved & ~_notMet;

    /// <summary>Bit i set when criterion i of the level's catalog applies to this fact.</summary>
    public abstract int ApplicableMask { get; }

    /// <summary>The profile the fact's parameters were resolved from (for explanations; rules read the resolved parameters).</summary>
    public abstract Policy.PolicyProfile Profile { get; }

    /// <summary>Records the firing of criterion <paramref name="index"/>'s rule: not met.</summary>
    public void RecordNotMet(int index) => _notMet |= 1 << index;

    /// <summary>Records the criteria not known to be met (bit i for criterion i), evaluated once after firing.</summary>
    public void RecordUnresolved(int mask) => _unresolved = mask;
}
