using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码与性别 — the sex a valid ID number encodes (odd sequence digit: male) agrees with the recorded sex.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码与性别一致 (GB 11643-1999 第 4.3 条): the sequence code's last digit is odd for men and even for women")]
internal sealed class IdSexMatchRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-SEX-MATCH";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        var recorded = fact.Household.Members[member].Sex;
        if (fact.Ids[member].Sex is not { } encoded || recorded is not (Sex.Male or Sex.Female))
        {
            return Verdict.Unknown;
        }

        return recorded == encoded ? Verdict.Met : Verdict.NotMet;
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var recorded = fact.Household.Members[member].Sex!.Value;
        var encoded = fact.Ids[member].Sex!.Value;
        return ($"recorded {recorded}, the ID number says {encoded}", $"登记性别 {Zh(recorded)}，证件号码为{Zh(encoded)}");
    }

    internal static string Zh(Sex sex) => sex == Sex.Male ? "男" : "女";

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "ID number against sex", "证件号码与性别一致", nameof(Member.Sex), "性别",
        f => f.IdSexMatch, Judge, Describe,
        static _ => new DataQualityBasis("the sex the ID number encodes", "与证件号码中的性别一致", null, Citations.IdNumberStandard, true));
}
