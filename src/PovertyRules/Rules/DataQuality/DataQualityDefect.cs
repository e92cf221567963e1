namespace PovertyRules.Rules.DataQuality;

/// <summary>One defect of a household check before it becomes a finding: the member it points to (or -1 for the household's row) and the value found.</summary>
/// <param name="Member">The member's index, or -1 for the household.</param>
/// <param name="ActualEn">The value found, in English.</param>
/// <param name="ActualZh">The value found, in Chinese.</param>
internal readonly record struct DataQualityDefect(int Member, string ActualEn, string ActualZh);
