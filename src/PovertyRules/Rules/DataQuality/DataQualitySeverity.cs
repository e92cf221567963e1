namespace PovertyRules.Rules.DataQuality;

/// <summary>How much a data-quality finding weighs.</summary>
public enum DataQualitySeverity
{
    /// <summary>The record cannot be trusted as it stands (an ID number that cannot be right, no head of household): invalid input.</summary>
    Error = 1,

    /// <summary>The record is implausible or incomplete and should be checked; it is reported beside the assessment.</summary>
    Warning = 2,
}
