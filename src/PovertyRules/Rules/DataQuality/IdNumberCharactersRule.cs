using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码字符 — an 18-character ID number is 17 digits and a check character (a digit or X).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码字符 (GB 11643-1999): 17 digits and a check character 0–9 or X; an old 15-character number is all digits")]
internal sealed class IdNumberCharactersRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-CHARACTERS";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Shape switch
        {
            IdNumberShape.Missing or IdNumberShape.WrongLength => Verdict.Unknown,
            IdNumberShape.BadCharacters => Verdict.NotMet,
            _ => Verdict.Met,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ($"{fact.MaskedId(member)} holds characters other than digits and a final X", $"证件号码 {fact.MaskedId(member)} 含数字和末位 X 以外的字符");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "ID number characters", "证件号码字符", nameof(Member.IdNumber), "证件号码",
        f => f.IdCharacters, Judge, Describe,
        static _ => new DataQualityBasis("17 digits and a check character 0–9 or X", "前 17 位为数字，末位为数字或 X", null, Citations.IdNumberStandard, true));
}
