namespace PovertyRules.Tests.DataQuality;

/// <summary>What a data-quality check did with a household.</summary>
public enum Check
{
    /// <summary>It ran and found nothing.</summary>
    Passed,

    /// <summary>It found a defect.</summary>
    Found,

    /// <summary>An input it reads is not recorded.</summary>
    Unchecked,

    /// <summary>It does not apply under the profile.</summary>
    NotApplicable,
}
