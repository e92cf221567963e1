using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>已脱贫户危房 — a household flagged exited does not live in dangerous housing (grade C or D, not resettled).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("已脱贫户仍为危房户 (建档立卡数据质量检查): a household whose 脱贫标志 says exited is not recorded in a grade C or D dwelling unless resettled")]
internal sealed class ExitedHousingRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-EXIT-HOUSING";

    /// <summary>Dangerous: grade C or D and not known to be resettled; safe: grade A or B, or resettled; <c>null</c> when neither is recorded.</summary>
    internal static bool? Dangerous(Dwelling dwelling) =>
        dwelling.Resettled == true ? false
        : dwelling.Grade switch
        {
            HousingGrade.C or HousingGrade.D => true,
            HousingGrade.A or HousingGrade.B => false,
            _ => null,
        };

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        yield return new DataQualityDefect(-1, $"exit flag {fact.Household.ExitFlag}, dwelling grade {fact.Dwelling.Grade}",
            $"脱贫标志为已脱贫，住房为 {fact.Dwelling.Grade} 级危房");
    }

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Exited household in dangerous housing", "已脱贫户仍为危房户", "Dwelling.Grade", "危房户",
        notMet: f => f.Exited == true && f.DangerousHousing == true,
        unresolved: f => f.Exited != false && f.DangerousHousing != false,
        Describe,
        static _ => new DataQualityBasis("grade A or B, or resettled", "住房为 A、B 级或已搬迁", null, Citations.ExitMechanismHousehold, true));
}
