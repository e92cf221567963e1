using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>劳动技能必填 — labour capacity is recorded for every member of working age (the profile's ages, national 16–65).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("劳动技能必填 (建档立卡数据质量检查): 劳动技能 recorded for members aged labourRecordedFromAge–labourRecordedToAge (national 16–65)")]
internal sealed class LabourRecordedRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-LABOUR-MISSING";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        var p = fact.Parameters;
        if (fact.Household.Members[member].Labour is not null)
        {
            return Verdict.Met;
        }

        return fact.Ages[member] switch
        {
            null => Verdict.Unknown,
            var age when age >= p.LabourFromAge && age <= p.LabourToAge => Verdict.NotMet,
            _ => Verdict.Met,
        };
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ($"aged {fact.Ages[member]}, labour capacity not recorded", $"年龄 {fact.Ages[member]} 岁，劳动技能为空");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Labour capacity recorded", "劳动技能必填", nameof(Member.Labour), "劳动技能",
        f => f.LabourMissing, Judge, Describe,
        static p => new DataQualityBasis(
            $"recorded for ages {p.LabourRecordedFromAge.Value}–{p.LabourRecordedToAge.Value}",
            $"{p.LabourRecordedFromAge.Value}–{p.LabourRecordedToAge.Value} 岁须填写",
            "labourRecordedFromAge, labourRecordedToAge", p.LabourRecordedFromAge.Citation,
            p.LabourRecordedFromAge.Verified && p.LabourRecordedToAge.Verified && p.AgeReferenceDate.Verified));
}
