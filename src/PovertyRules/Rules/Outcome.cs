namespace PovertyRules.Rules;

/// <summary>What a criterion's finding says.</summary>
public enum Outcome
{
    /// <summary>The criterion holds (for an exclusion: the household is not in that category; for a monitoring risk: the household does not carry it).</summary>
    Met = 0,
    /// <summary>The criterion does not hold (for an exclusion: the household is in that category; for a monitoring risk: the household carries it).</summary>
    NotMet = 1,
    /// <summary>An input the criterion needs is not recorded; the criterion is neither met nor failed.</summary>
    Unknown = 2,
}
