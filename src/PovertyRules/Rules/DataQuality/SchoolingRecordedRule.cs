using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>在校生状况必填 — schooling status is recorded for every member of school age (the profile's ages, national 6–23).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("在校生状况必填 (建档立卡数据质量检查): 在校生状况 recorded for members aged schoolingRecordedFromAge–schoolingRecordedToAge (national 6–23)")]
internal sealed class SchoolingRecordedRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-SCHOOLING-MISSING";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        var p = fact.Parameters;
        if (fact.Household.Members[member].Schooling is not null)
        {
            return Verdict.Met;
        }

        return fact.Ages[member] switch
        {
            null => Verdict.Unknown,
            var age when age >= p.SchoolingFromAge && age <= p.SchoolingToAge => Verdict.NotMet,
            _ => Verdict.Met,
        };
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ($"aged {fact.Ages[member]}, schooling status not recorded", $"年龄 {fact.Ages[member]} 岁，在校生状况为空");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Schooling status recorded", "在校生状况必填", nameof(Member.Schooling), "在校生状况",
        f => f.SchoolingMissing, Judge, Describe,
        static p => new DataQualityBasis(
            $"recorded for ages {p.SchoolingRecordedFromAge.Value}–{p.SchoolingRecordedToAge.Value}",
            $"{p.SchoolingRecordedFromAge.Value}–{p.SchoolingRecordedToAge.Value} 岁须填写",
            "schoolingRecordedFromAge, schoolingRecordedToAge", p.SchoolingRecordedFromAge.Citation,
            p.SchoolingRecordedFromAge.Verified && p.SchoolingRecordedToAge.Verified && p.AgeReferenceDate.Verified));
}
