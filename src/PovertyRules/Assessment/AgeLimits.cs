namespace PovertyRules.Assessment;

/// <summary>The age checks the validator makes against one reference date.</summary>
internal readonly struct AgeLimits(DateOnly referenceDate, int oldestAge)
{
    public DateOnly ReferenceDate { get; } = referenceDate;

    /// <summary>Reached by a birth date that gives an age over the oldest possible one.</summary>
    public AgeThreshold BeyondOldest { get; } = new(referenceDate, oldestAge + 1);
}
