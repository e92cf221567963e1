using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码位数 — a member's ID number has 18 characters (or is an old 15-digit number).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码位数 (GB 11643-1999): a citizen ID number has 18 characters; an old first-generation number has 15 digits")]
internal sealed class IdNumberLengthRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-LENGTH";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Shape switch
        {
            IdNumberShape.Missing => Verdict.Unknown,
            IdNumberShape.WrongLength => Verdict.NotMet,
            _ => Verdict.Met,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var length = fact.Ids[member].Normalised!.Length;
        return ($"{fact.MaskedId(member)} has {length} characters", $"证件号码 {fact.MaskedId(member)} 为 {length} 位");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "ID number length", "证件号码位数", nameof(Member.IdNumber), "证件号码",
        f => f.IdLength, Judge, Describe,
        static _ => new DataQualityBasis("18 characters (or an old 15-digit number)", "18 位（或旧 15 位号码）", null, Citations.IdNumberStandard, true));
}
