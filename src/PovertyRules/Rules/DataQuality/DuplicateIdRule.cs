using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>重复人员 — the same ID number recorded for two members of one run (in two households, or twice in one).</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("重复人员 (建档立卡数据质量检查: 跨户重复人员): one person, one ID number, one member record in the register")]
internal sealed class DuplicateIdRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-ID-DUPLICATE";

    private static Verdict Judge(DataQualityFact fact, int member) =>
        fact.Ids[member].Normalised is null ? Verdict.Unknown
        : fact.Duplicates?[member] is not null ? Verdict.NotMet
        : Verdict.Met;

    private static (string En, string Zh) Describe(DataQualityFact fact, int member)
    {
        var earlier = fact.Duplicates![member]!;
        var row = earlier.Row is { } at ? $" ({at.File}:{at.Line})" : string.Empty;
        return earlier.SameHousehold
            ? ($"{fact.MaskedId(member)} is also Members[{earlier.Member}] of this household{row}", $"证件号码 {fact.MaskedId(member)} 与本户第 {earlier.Member + 1} 名成员重复{row}")
            : ($"{fact.MaskedId(member)} is also Members[{earlier.Member}] of household {earlier.HouseholdId}{row}", $"证件号码 {fact.MaskedId(member)} 与户 {earlier.HouseholdId} 第 {earlier.Member + 1} 名成员重复{row}");
    }

    internal static readonly MemberCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Error, "Same ID number twice in a run", "重复人员", nameof(Member.IdNumber), "证件号码",
        f => f.IdDuplicate, Judge, Describe,
        static _ => new DataQualityBasis("each ID number once in the run", "同一证件号码在本批数据中只出现一次", null, Citations.RegisterDataQuality, false));
}
