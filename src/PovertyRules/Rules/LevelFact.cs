namespace PovertyRules.Rules;

/// <summary>
/// The verdict collector of a household, village or county fact: rules fire only on exceptions (not met, unknown) and
/// record them here; a required criterion with no firing is met. A class, not a record: NRules tells facts apart by
/// identity.
/// </summary>
internal abstract class LevelFact
{
    private int _notMet;
    private int _unknown;

    /// <summary>Set when a rule's condition or action threw on this fact; the assessment becomes invalid input.</summary>
    public string? Failure { get; set; }

    public int NotMetMask => _notMet;

    public int UnknownMask => _unknown;

    /// <summary>Bit i set when criterion i of the level's catalog applies to this fact.</summary>
    public abstract int ApplicableMask { get; }

    /// <summary>The profile the fact's parameters were resolved from (for explanations; rules read the resolved parameters).</summary>
    public abstract Policy.PolicyProfile Profile { get; }

    /// <summary>Records the firing of criterion <paramref name="index"/>: not met when <paramref name="notMet"/>, else unknown.</summary>
    public void Record(int index, bool notMet)
    {
        if (notMet)
        {
            _notMet |= 1 << index;
        }
        else
        {
            _unknown |= 1 << index;
        }
    }
}
