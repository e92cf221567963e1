using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>在校生状况与年龄 — no member of 14 or younger in senior high school, none of 20 or older in primary school (the profile's ages).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("在校生状况与年龄 (建档立卡数据质量检查): not in senior high school (高中一至三年级) at seniorHighImplausibleToAge or younger, nor in primary school at primaryImplausibleFromAge or older (national 14, 20)")]
internal sealed class SchoolingAgeRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-SCHOOLING-AGE";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        var schooling = fact.Household.Members[member].Schooling;
        var seniorHigh = schooling is SchoolingStatus.SeniorSecondary1 or SchoolingStatus.SeniorSecondary2 or SchoolingStatus.SeniorSecondary3;
        if (schooling is null)
        {
            return Verdict.Unknown;
        }

        if (!seniorHigh && schooling != SchoolingStatus.Primary)
        {
            return Verdict.Met;
        }

        if (fact.Ages[member] is not { } age)
        {
            return Verdict.Unknown;
        }

        return (seniorHigh && age <= fact.Parameters.SeniorHighToAge) || (schooling == SchoolingStatus.Primary && age >= fact.Parameters.PrimaryFromAge)
            ? Verdict.NotMet
            : Verdict.Met;
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var primary = fact.Household.Members[member].Schooling == SchoolingStatus.Primary;
        return primary
            ? ($"aged {fact.Ages[member]} and in primary school", $"年龄 {fact.Ages[member]} 岁，在校生状况为小学")
            : ($"aged {fact.Ages[member]} and in senior high school", $"年龄 {fact.Ages[member]} 岁，在校生状况为高中");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Schooling against age", "在校生状况与年龄", nameof(Member.Schooling), "在校生状况",
        f => f.SchoolingAge, Judge, Describe,
        static p => new DataQualityBasis(
            $"senior high school only above age {p.SeniorHighImplausibleToAge.Value}, primary school only below age {p.PrimaryImplausibleFromAge.Value}",
            $"{p.SeniorHighImplausibleToAge.Value} 岁及以下不在高中，{p.PrimaryImplausibleFromAge.Value} 岁及以上不在小学",
            "seniorHighImplausibleToAge, primaryImplausibleFromAge", p.SeniorHighImplausibleToAge.Citation,
            p.SeniorHighImplausibleToAge.Verified && p.PrimaryImplausibleFromAge.Verified && p.AgeReferenceDate.Verified));
}
