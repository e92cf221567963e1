using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>证件号码与出生日期/年龄 — the birth date a valid ID number encodes agrees with the recorded birth date, or else with the recorded age.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("证件号码与出生日期、年龄一致 (GB 11643-1999 第 4.1 条): the ID's birth date equals the recorded birth date; without one, its age on the reference date equals the recorded age")]
internal sealed class IdBirthDateMatchRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-BIRTH-MATCH";

    private static Verdict Judge(DataQualityFact fact, int member)
    {
        if (fact.Ids[member].BirthDate is not { } encoded)
        {
            return Verdict.Unknown;
        }

        var recorded = fact.Household.Members[member];
        if (recorded.BirthDate is { } born)
        {
            return born == encoded ? Verdict.Met : Verdict.NotMet;
        }

        return recorded.Age is { } age
            ? age == DataQualityFact.AgeOn(encoded, fact.Parameters.AgeReferenceDate) ? Verdict.Met : Verdict.NotMet
            : Verdict.Unknown;
    }

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var encoded = fact.Ids[member].BirthDate!.Value;
        var recorded = fact.Household.Members[member];
        if (recorded.BirthDate is { } born)
        {
            return ($"recorded birth date {born:yyyy-MM-dd}, the ID number's {encoded:yyyy-MM-dd}",
                $"登记出生日期 {born:yyyy-MM-dd}，证件号码为 {encoded:yyyy-MM-dd}");
        }

        var reference = fact.Parameters.AgeReferenceDate;
        var age = DataQualityFact.AgeOn(encoded, reference);
        return ($"recorded age {recorded.Age}, the ID number's birth date {encoded:yyyy-MM-dd} gives {age} on {reference:yyyy-MM-dd}",
            $"登记年龄 {recorded.Age}，按证件号码出生日期 {encoded:yyyy-MM-dd} 于 {reference:yyyy-MM-dd} 为 {age} 岁");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "ID number against birth date or age", "证件号码与出生日期、年龄一致", nameof(Member.IdNumber), "证件号码",
        f => f.IdBirthMatch, Judge, Describe,
        static p => new DataQualityBasis("the ID number's birth date (or the age it gives on the reference date)", "与证件号码中的出生日期（或据此计算的年龄）一致",
            "ageReferenceDate", Citations.IdNumberStandard, p.AgeReferenceDate.Verified));
}
