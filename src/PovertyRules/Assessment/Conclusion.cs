namespace PovertyRules.Assessment;

/// <summary>What the verdicts of a household, village or county come to, before naming it in the level's own terms.</summary>
internal enum Conclusion
{
    /// <summary>Every criterion met and every procedure step done.</summary>
    Pass,
    /// <summary>Every criterion met, a procedure step not done or not recorded.</summary>
    ProcedurePending,
    /// <summary>An exit, delisting or de-capping criterion is known not to be met.</summary>
    Fail,
    /// <summary>An excluded category (四类对象) is known to hold: the record is wrongly registered.</summary>
    Excluded,
    /// <summary>No known failure, but a criterion could not be decided for a missing input.</summary>
    Undetermined,
}
