namespace PovertyRules.Live;

/// <summary>
/// One change to a live register's records: add, update or remove a household or a member, record a household's exit
/// procedure, correct a village's or a county's figures, or record a county's third-party sample. Immutable. The kinds
/// are the types deriving from it in this namespace; no other can be defined.
/// </summary>
public abstract record LiveChange
{
    private protected LiveChange()
    {
    }

    /// <summary>Who made the change and why; the change log keeps it with the change.</summary>
    public ChangeReference? Reference { get; init; }

    /// <summary>The change's kind as the change log names it: the type's name (e.g. <c>UpdateHousehold</c>).</summary>
    public string Kind => GetType().Name;
}
