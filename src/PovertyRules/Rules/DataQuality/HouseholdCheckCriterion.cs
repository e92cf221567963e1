using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// A check of the household as a whole (its head, its dwelling, its exit flag against its records): the rule file
/// writes both predicates over the fact's fields, and how to describe each defect found.
/// </summary>
internal sealed class HouseholdCheckCriterion(
    string id,
    DataQualitySeverity severity,
    string nameEn,
    string nameZh,
    string field,
    string column,
    Expression<Func<DataQualityFact, bool>> notMet,
    Expression<Func<DataQualityFact, bool>> unresolved,
    Func<DataQualityFact, IEnumerable<DataQualityDefect>> describe,
    Func<PolicyProfile, DataQualityBasis> basis,
    Func<PolicyProfile, bool>? appliesUnder = null,
    string? memberField = null)
    : DataQualityCriterion(id, severity, nameEn, nameZh, column, basis, appliesUnder)
{
    /// <inheritdoc />
    public override Expression<Func<DataQualityFact, bool>> NotMet { get; } = notMet;

    /// <inheritdoc />
    public override Expression<Func<DataQualityFact, bool>> Unresolved { get; } = unresolved;

    /// <inheritdoc />
    protected override IEnumerable<DataQualityDefect> Defects(DataQualityFact fact) => describe(fact);

    /// <inheritdoc />
    protected override string FieldOf(int member) => member >= 0 ? $"Members[{member}].{memberField ?? field}" : field;
}
