namespace PovertyRules.Data;

/// <summary>How many rows an assessment takes in a result file.</summary>
public enum ResultLayout
{
    /// <summary>One row per household, village or county: status, failed and unknown criteria, errors, receipt.</summary>
    OneRowPerRecord = 1,

    /// <summary>
    /// One row per finding (rule id, outcome, actual value, threshold, parameter, citation), each repeating the record's
    /// columns; a record without findings (invalid input) still takes one row, with the finding columns empty.
    /// </summary>
    OneRowPerFinding = 2,
}
