using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// 不摘帽不调离 — the party secretary and the county head of a designated poor county are not transferred before the
/// county is de-capped, except at a general term change (领导班子换届) or in special circumstances (特殊情况必须调整)
/// with a documented approval. A transfer dated on the day of de-capping or later is not before it. Each proposed
/// transfer is judged on its own: one known to breach the rule is decisive, otherwise one with a missing input
/// (the county's designation or de-capping, the transfer's date, reason or approval) leaves the rule unknown.
/// </summary>
[Name(Id), Tag(RuleTags.Accountability), Description("贫困县党政正职不脱贫不调整、不摘帽不调离; 贫困县党政“一把手”除领导班子换届和特殊情况必须调整外，原则上在贫困县脱贫“摘帽”前不得调整岗位 (江西省《关于坚决打赢脱贫攻坚战的实施意见》, 2016) — no transfer of a designated county's party secretary or head before de-capping, except at a general term change or in documented special circumstances")]
internal sealed class TransferBeforeDecappingRule() : AccountabilityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "ACC-TRANSFER";

    private const string Citation =
        "江西省《关于坚决打赢脱贫攻坚战的实施意见》(2016年5月), as the seed article reports it: 贫困县党政“一把手”除领导班子换届和特殊情况必须调整外，原则上在贫困县脱贫“摘帽”前不得调整岗位";

    /// <summary>The proposed transfers counted once: those known to breach the rule, and those undecided (1 when the transfers are not recorded).</summary>
    internal static Tally Count(CountyAccountability record) =>
        record.ProposedTransfers is { } transfers ? Tally.Of(transfers, record, static (t, county) => Judge(t, county)) : new Tally(0, 1);

    /// <summary>
    /// Whether one transfer is allowed: the county is not designated, or the transfer is exempted (a general term change;
    /// special circumstances with the approval documented), or it is not before de-capping — each three-valued, and the
    /// transfer allowed when one of them holds, breaching when none can.
    /// </summary>
    internal static Verdict Judge(ProposedTransfer transfer, CountyAccountability county)
    {
        bool? notDesignated = county.Designated is { } designated ? !designated : null;
        bool? exempted = transfer.Reason switch
        {
            TransferReason.GeneralTermChange => true,
            TransferReason.SpecialCircumstances => transfer.ApprovalDocumented,
            TransferReason.Other => false,
            _ => null,
        };
        bool? notBefore = county.Decapped switch
        {
            false => false,
            true when county.DecappedOn is { } decapped && transfer.Date is { } date => date >= decapped,
            _ => null,
        };
        if (notDesignated == true || exempted == true || notBefore == true)
        {
            return Verdict.Met;
        }

        return notDesignated == false && exempted == false && notBefore == false ? Verdict.NotMet : Verdict.Unknown;
    }

    private static Evidence Explain(AccountabilityFact fact)
    {
        var county = fact.Record;
        var status = $"designated {Yes(county.Designated)}, de-capped {Yes(county.Decapped)}"
            + (county.DecappedOn is { } on ? $" on {Day(on)}" : string.Empty);
        var actual = county.ProposedTransfers switch
        {
            null => $"{status}; proposed transfers not recorded (ProposedTransfers)",
            { Count: 0 } => $"{status}; no transfer proposed",
            var transfers => $"{status}; " + string.Join("; ", transfers.Select((t, i) => Describe(t, i, county))),
        };
        return new Evidence(
            actual,
            "no transfer of a designated county's party secretary or county head dated before its de-capping, except at a general term change or in special circumstances with a documented approval",
            null,
            Citation,
            true);
    }

    private static string Describe(ProposedTransfer t, int index, CountyAccountability county)
    {
        var reason = t.Reason switch
        {
            TransferReason.GeneralTermChange => "general term change",
            TransferReason.SpecialCircumstances => $"special circumstances, approval {(t.ApprovalDocumented switch { true => "documented", false => "not documented", null => "not recorded" })}",
            TransferReason.Other => "other reason",
            _ => "reason not recorded",
        };
        var verdict = Judge(t, county) switch
        {
            Verdict.Met => "allowed",
            Verdict.NotMet => "breaches the rule",
            _ => "undecided",
        };
        var role = t.Role switch { LeaderRole.PartySecretary => "party secretary", LeaderRole.CountyHead => "county head", _ => "role not recorded" };
        return $"transfer {index + 1} ({role}, {(t.Date is { } date ? Day(date) : "date not recorded")}, {reason}): {verdict}";
    }

    private static string Yes(bool? value) => value switch { true => "yes", false => "no", null => "not recorded" };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static readonly PredicateCriterion<AccountabilityFact> Criterion = new(
        Id, CriterionKind.Accountability, "No transfer of the county leaders before de-capping", "不摘帽不调离",
        notMet: a => a.Transfers.Failing > 0,
        unresolved: a => a.Transfers.Failing > 0 || a.Transfers.Undecided > 0,
        Explain);
}
