using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>户主 — a household has exactly one member recorded as its head (本人或户主).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("户主唯一 (建档立卡数据质量检查: 无户主、多个户主): exactly one member with 与户主关系 01 本人或户主")]
internal sealed class HouseholdHeadRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-HEAD";

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        if (fact.Heads == 0)
        {
            yield return new DataQualityDefect(-1, "no member is recorded as the head", "无成员登记为户主");
            yield break;
        }

        yield return new DataQualityDefect(fact.SecondHeadIndex, $"{fact.Heads} members recorded as the head (Members[{fact.HeadIndex}] and Members[{fact.SecondHeadIndex}])",
            $"{fact.Heads} 名成员登记为户主（第 {fact.HeadIndex + 1} 名和第 {fact.SecondHeadIndex + 1} 名）");
    }

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "One head of household", "户主唯一", nameof(Model.Household.Members), "与户主关系",
        notMet: f => f.Heads > 1 || (f.Heads == 0 && f.UnrecordedRelationships == 0),
        unresolved: f => f.Heads != 1,
        Describe,
        static _ => new DataQualityBasis("exactly one head", "有且只有一名户主", null, Citations.RegisterDataQuality, false),
        memberField: nameof(Member.Relationship));
}
