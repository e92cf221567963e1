using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>因病致贫户大病保险 — in a household whose main cause of poverty is illness (因病), every member has critical-illness insurance.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("因病致贫户成员参加大病保险 (建档立卡数据质量检查): a household poor because of illness (最主要致贫原因 01 因病) has no member without critical-illness insurance (是否参加大病保险)")]
internal sealed class IllnessInsuranceRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ILLNESS-INSURANCE";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Household.MainPovertyCause switch
        {
            null => Verdict.Unknown,
            PovertyCause.Illness => fact.Household.Members[member].CriticalIllnessInsured switch
            {
                null => Verdict.Unknown,
                true => Verdict.Met,
                false => Verdict.NotMet,
            },
            _ => Verdict.Met,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ("main cause illness, member without critical-illness insurance", "最主要致贫原因为因病，该成员未参加大病保险");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Critical-illness insurance in a household poor through illness", "因病致贫户成员参加大病保险",
        nameof(Member.CriticalIllnessInsured), "是否参加大病保险",
        f => f.IllnessInsurance, Judge, Describe,
        static _ => new DataQualityBasis("every member insured", "全部成员参加大病保险", null, Citations.RegisterDataQuality, false));
}
