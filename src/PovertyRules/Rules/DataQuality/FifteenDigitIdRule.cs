using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>旧 15 位证件号码 — an old first-generation number on the register, flagged for updating unless the profile accepts it.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("旧 15 位身份证号码 (居民身份证法 2011 修正: first-generation cards invalid from 2013-01-01): flagged for updating to the 18-character number unless the profile accepts it (fifteenDigitIdAccepted)")]
internal sealed class FifteenDigitIdRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-15-DIGIT";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Shape switch
        {
            IdNumberShape.Missing => Verdict.Unknown,
            IdNumberShape.ValidFifteenDigit => Verdict.NotMet,
            _ => Verdict.Met,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member) =>
        ($"{fact.MaskedId(member)} is an old 15-digit number", $"证件号码 {fact.MaskedId(member)} 为旧 15 位号码");

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Old 15-digit ID number", "旧 15 位证件号码", nameof(Member.IdNumber), "证件号码",
        f => f.IdFifteenDigit, Judge, Describe,
        static p => new DataQualityBasis("an 18-character number", "18 位号码", "fifteenDigitIdAccepted", p.FifteenDigitIdAccepted.Citation, p.FifteenDigitIdAccepted.Verified),
        appliesUnder: static p => !p.FifteenDigitIdAccepted.Value);
}
