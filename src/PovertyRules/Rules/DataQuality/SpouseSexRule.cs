using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>配偶性别 — a member recorded as the head's spouse (配偶) is not of the head's sex.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("配偶与户主性别 (建档立卡数据质量检查): the spouse (与户主关系 02) is not of the same sex as the head")]
internal sealed class SpouseSexRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-SPOUSE-SEX";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        if (fact.Household.Members[member].Relationship != Relationship.Spouse)
        {
            return Verdict.Met;
        }

        if (fact.Heads != 1 || fact.Sexes[fact.HeadIndex] is not { } head || fact.Sexes[member] is not { } spouse)
        {
            return Verdict.Unknown;
        }

        return head == spouse ? Verdict.NotMet : Verdict.Met;
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var sex = fact.Sexes[member]!.Value;
        return ($"spouse and head (Members[{fact.HeadIndex}]) both {sex}", $"配偶与户主（第 {fact.HeadIndex + 1} 名成员）同为{IdSexMatchRule.Zh(sex)}性");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Spouse of the head's sex", "配偶与户主同性别", nameof(Member.Relationship), "与户主关系",
        f => f.SpouseSex, Judge, Describe,
        static _ => new DataQualityBasis("a spouse of the other sex than the head", "配偶与户主性别不同", null, Citations.RegisterDataQuality, false));
}
