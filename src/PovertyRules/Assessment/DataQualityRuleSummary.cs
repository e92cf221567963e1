using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Assessment;

/// <summary>One data-quality check over a run: how often it found a defect, in how many records, the first ones found and how many records it could not decide. Immutable.</summary>
public sealed record DataQualityRuleSummary
{
    /// <summary>The check's stable id, e.g. <c>DQ-ID-CHECKSUM</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Error or warning.</summary>
    public required DataQualitySeverity Severity { get; init; }

    /// <summary>The check's name in English.</summary>
    public required string NameEn { get; init; }

    /// <summary>The check's name in Chinese.</summary>
    public required string NameZh { get; init; }

    /// <summary>Defects found (a household with two defective members counts two).</summary>
    public required int Findings { get; init; }

    /// <summary>Records with at least one defect.</summary>
    public required int Records { get; init; }

    /// <summary>Checked records the check could not decide for a missing input.</summary>
    public required int Unchecked { get; init; }

    /// <summary>The first defects found, in input order (at most <see cref="DataQualityReport.FirstFindingsKept"/>), with their rows and columns.</summary>
    public required IReadOnlyList<DataQualityFinding> FirstFindings
    {
        get;
        init => field = Frozen.Copy(value);
    }
}
