using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>已脱贫户辍学 — a household flagged exited has no member of compulsory-school age out of school because of poverty.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("已脱贫户与义务教育 (建档立卡数据质量检查: 已脱贫户存在辍学): a household whose 脱贫标志 says exited has no member of compulsory-school age out of school because of poverty")]
internal sealed class ExitedDropoutRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-EXIT-DROPOUT";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        if (fact.Exited == false)
        {
            return Verdict.Met;
        }

        var dropout = Dropout(fact, member);
        return dropout == Verdict.Met || fact.Exited == true ? dropout : Verdict.Unknown;
    }

    /// <summary>Whether the member is a dropout: not met for one, unknown when age, schooling or (out of school) the reason is missing.</summary>
    private static Verdict Dropout(DataQualityFact fact, int member)
    {
        var recorded = fact.Household.Members[member];
        var p = fact.Parameters;
        if (fact.Ages[member] is not { } age)
        {
            return Verdict.Unknown;
        }

        if (age < p.EducationFromAge || age > p.EducationToAge)
        {
            return Verdict.Met;
        }

        return recorded.Schooling switch
        {
            null => Verdict.Unknown,
            SchoolingStatus.NotInSchool => recorded.OutOfSchoolReason switch
            {
                null => Verdict.Unknown,
                OutOfSchoolReason.Poverty => Verdict.NotMet,
                _ => Verdict.Met,
            },
            _ => Verdict.Met,
        };
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ($"exit flag {fact.Household.ExitFlag}, member aged {fact.Ages[member]} out of school because of poverty",
            $"脱贫标志为已脱贫，{fact.Ages[member]} 岁成员因贫辍学");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Exited household with a dropout", "已脱贫户存在辍学", nameof(Member.Schooling), "在校生状况",
        f => f.ExitDropout, Judge, Describe,
        static p => new DataQualityBasis(
            $"no member aged {p.CompulsoryEducationFromAge.Value}–{p.CompulsoryEducationToAge.Value} out of school because of poverty",
            $"{p.CompulsoryEducationFromAge.Value}–{p.CompulsoryEducationToAge.Value} 岁成员无因贫辍学",
            "compulsoryEducationFromAge, compulsoryEducationToAge", Citations.ExitMechanismHousehold,
            p.CompulsoryEducationFromAge.Verified && p.CompulsoryEducationToAge.Verified));
}
