using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码校验码 — the check character of an 18-character ID number is the one ISO 7064 MOD 11-2 computes.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码校验码 (GB 11643-1999 第 4.2 条, ISO 7064 MOD 11-2): the last character is the check character of the first 17 digits")]
internal sealed class IdNumberChecksumRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-CHECKSUM";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Shape switch
        {
            IdNumberShape.Missing or IdNumberShape.WrongLength or IdNumberShape.BadCharacters => Verdict.Unknown,
            IdNumberShape.BadChecksum => Verdict.NotMet,
            _ => Verdict.Met,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var id = fact.Ids[member];
        var found = id.Normalised![^1];
        return ($"{fact.MaskedId(member)} ends in {found}; its check character is {id.ExpectedCheck}",
            $"证件号码 {fact.MaskedId(member)} 末位为 {found}，校验码应为 {id.ExpectedCheck}");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "ID number checksum", "证件号码校验码", nameof(Member.IdNumber), "证件号码",
        f => f.IdChecksum, Judge, Describe,
        static _ => new DataQualityBasis("the check character of the first 17 digits", "末位为前 17 位的校验码", null, Citations.IdNumberStandard, true));
}
