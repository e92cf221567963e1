namespace PovertyRules.Assessment;

/// <summary>
/// A data-quality run over a source: one <see cref="HouseholdQuality"/> per record in input order (records in =
/// results out), and a summary per check under the profile. Immutable.
/// </summary>
public sealed record DataQualityReport
{
    /// <summary>How many of each check's first findings <see cref="DataQualityRuleSummary.FirstFindings"/> keeps.</summary>
    public const int FirstFindingsKept = 10;

    /// <summary>The profile the checks ran under.</summary>
    public required string ProfileId { get; init; }

    /// <summary>One result per input record, in input order.</summary>
    public required IReadOnlyList<HouseholdQuality> Records
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>One summary per check that applies under the profile, in check order (checks that found nothing included).</summary>
    public required IReadOnlyList<DataQualityRuleSummary> Rules
    {
        get;
        init => field = Frozen.Copy(value);
    }

    /// <summary>Records that could not be checked (input errors).</summary>
    public int Unreadable => Records.Count(r => !r.Checked);

    /// <summary>Records that are invalid input: input errors or an error finding.</summary>
    public int WithErrors => Records.Count(r => r.HasErrors);
}
