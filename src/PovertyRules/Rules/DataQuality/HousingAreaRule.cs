using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>住房面积为零 — a recorded housing floor area is not 0.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("住房面积为 0 (建档立卡数据质量检查): a household's recorded housing floor area is not zero")]
internal sealed class HousingAreaRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-HOUSING-AREA";

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        yield return new DataQualityDefect(-1, "floor area 0 m²", "住房面积为 0 平方米");
    }

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Housing area not zero", "住房面积不为零", "Dwelling.FloorAreaSquareMetres", "住房面积",
        notMet: f => f.Dwelling.FloorAreaSquareMetres == 0m,
        unresolved: f => f.Dwelling.FloorAreaSquareMetres == null || f.Dwelling.FloorAreaSquareMetres == 0m,
        Describe,
        static _ => new DataQualityBasis("a floor area above 0 m²", "住房面积大于 0", null, Citations.RegisterDataQuality, false));
}
