namespace PovertyRules.Policy;

/// <summary>Which side of its threshold a measured value (a rate, an incidence, an amount) must be on to pass.</summary>
public enum PassingSide
{
    /// <summary>Strictly below the threshold: a value equal to it fails (incidence, wrong-exit rate, omission rate).</summary>
    Below = 1,
    /// <summary>Strictly above the threshold: a value equal to it fails (public approval, income against the poverty line).</summary>
    Above = 2,
    /// <summary>At most the threshold: a value equal to it passes.</summary>
    AtMost = 3,
    /// <summary>At least the threshold: a value equal to it passes (a minimum collective or rural income).</summary>
    AtLeast = 4,
}
