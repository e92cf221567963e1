using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// 优先提拔使用 — the county head is flagged for priority in promotion when the county was graded the profile's grade
/// (A) in the profile's number of consecutive years (2) ending at its latest recorded year, none of them vetoed, and
/// the head was in post in each. A finding reported beside the status: it flags, it does not breach.
/// </summary>
[Name(Id), Tag(RuleTags.Accountability), Description("对连续两年取得A级的县党政主要负责同志在同等条件下优先提拔使用 (《市县党政领导班子和主要负责同志脱贫攻坚工作成效考核办法》, 2016) — the county head of a county graded the profile's grade in the profile's number of consecutive years, in post in each, is flagged for priority in promotion")]
internal sealed class HeadPromotionPriorityRule() : AccountabilityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "ACC-PROMOTION-HEAD";

    internal static readonly PredicateCriterion<AccountabilityFact> Criterion = new(
        Id, CriterionKind.Reported, "County head flagged for priority in promotion", "县长优先提拔使用",
        notMet: a => a.HeadPromotion.Failing > 0,
        unresolved: a => a.HeadPromotion.Failing > 0 || a.HeadPromotion.Undecided > 0,
        fact => PromotionRun.Explain(fact, LeaderRole.CountyHead, "county head"));
}
