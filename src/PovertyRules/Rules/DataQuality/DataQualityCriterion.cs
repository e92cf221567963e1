using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// A data-quality check: a criterion of the data-quality rule set (not met = a defect found) with its severity, the
/// register column it reads, and the findings it makes of a fact on which it was not met — one per defect, each at
/// its member's (or the household's) row.
/// </summary>
internal abstract class DataQualityCriterion(
    string id,
    DataQualitySeverity severity,
    string nameEn,
    string nameZh,
    string column,
    Func<PolicyProfile, DataQualityBasis> basis,
    Func<PolicyProfile, bool>? appliesUnder)
    : Criterion<DataQualityFact>(id, CriterionKind.DataQuality, nameEn, nameZh, fact => Summary(fact, basis), appliesUnder)
{
    public DataQualitySeverity Severity { get; } = severity;

    /// <summary>The register's column header the check reads (the column of its findings' locations).</summary>
    public string Column { get; } = column;

    /// <summary>The defects found on <paramref name="fact"/>, which the rule found not met.</summary>
    protected abstract IEnumerable<DataQualityDefect> Defects(DataQualityFact fact);

    /// <summary>The model field a defect of member <paramref name="member"/> (-1: the household) points to.</summary>
    protected abstract string FieldOf(int member);

    /// <summary>One finding per defect on <paramref name="fact"/>, in member order.</summary>
    public IEnumerable<DataQualityFinding> Findings(DataQualityFact fact)
    {
        var source = basis(fact.Profile);
        foreach (var defect in Defects(fact))
        {
            var household = fact.Household;
            var row = defect.Member >= 0 ? household.Members[defect.Member].Source ?? household.Source : household.Source;
            yield return new DataQualityFinding(
                Id,
                Severity,
                FieldOf(defect.Member),
                row?.At(Column),
                defect.ActualEn,
                source.RequirementEn,
                source.Parameter,
                source.Citation,
                source.Verified,
                $"{NameZh}（{Id}，{SeverityZh}）：{defect.ActualZh}；要求：{source.RequirementZh}。",
                $"{NameEn} ({Id}, {Severity.ToString().ToLowerInvariant()}): {defect.ActualEn}; required: {source.RequirementEn}.");
        }
    }

    private string SeverityZh => Severity == DataQualitySeverity.Error ? "错误" : "警告";

    private static Evidence Summary(DataQualityFact fact, Func<PolicyProfile, DataQualityBasis> basis)
    {
        var source = basis(fact.Profile);
        return new Evidence("see the check's findings", source.RequirementEn, source.Parameter, source.Citation, source.Verified);
    }
}
