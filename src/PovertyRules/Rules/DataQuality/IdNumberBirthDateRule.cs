using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码出生日期 — the birth date inside a well-formed ID number is a real date, not after the age reference date.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码出生日期 (GB 11643-1999 第 4.1 条): digits 7–14 (15-digit: 7–12) are the birth date, a calendar date not in the future")]
internal sealed class IdNumberBirthDateRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-BIRTH-DATE";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Shape switch
        {
            IdNumberShape.ImpossibleBirthDate => Verdict.NotMet,
            IdNumberShape.Valid or IdNumberShape.ValidFifteenDigit => Verdict.Met,
            _ => Verdict.Unknown,
        };

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var digits = IdNumbers.BirthDigits(fact.Ids[member].Normalised!);
        var reference = fact.Parameters.AgeReferenceDate;
        return ($"the birth date digits {digits} are not a date on or before {reference:yyyy-MM-dd}",
            $"证件号码中的出生日期 {digits} 不是 {reference:yyyy-MM-dd} 或以前的有效日期");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "Birth date in the ID number", "证件号码出生日期", nameof(Member.IdNumber), "证件号码",
        f => f.IdBirthDate, Judge, Describe,
        static p => new DataQualityBasis(
            $"a calendar date on or before the age reference date {p.AgeReferenceDate.Value:yyyy-MM-dd}",
            $"{p.AgeReferenceDate.Value:yyyy-MM-dd} 或以前的有效日期",
            "ageReferenceDate", Citations.IdNumberStandard, p.AgeReferenceDate.Verified));
}
