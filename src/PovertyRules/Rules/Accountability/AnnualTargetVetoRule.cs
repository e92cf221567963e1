using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// 一票否决 — a county that did not complete its annual poverty-reduction target is vetoed in that year's assessment.
/// A year's target is met when the people lifted out reach the target (the counts, where recorded), else as the
/// record's <c>TargetMet</c> says. Every recorded year is judged: one known missed is decisive (the county is vetoed in
/// it), otherwise one not known to be met leaves the rule unknown; no year recorded is unknown.
/// </summary>
[Name(Id), Tag(RuleTags.Accountability), Description("对未能完成年度扶贫开发目标任务的县，一律实行“一票否决” (《市县党政领导班子和主要负责同志脱贫攻坚工作成效考核办法》, 2016) — a county that missed a year's reduction target is vetoed in that year's assessment")]
internal sealed class AnnualTargetVetoRule() : AccountabilityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "ACC-TARGET-VETO";

    private const string Citation =
        "《市县党政领导班子和主要负责同志脱贫攻坚工作成效考核办法》(2016年8月), as the seed article reports it: 对未能完成年度扶贫开发目标任务的县，一律实行“一票否决”";

    /// <summary>The recorded years counted once: those whose target is known missed, and those not known to be met (1 when no year is recorded).</summary>
    internal static Tally Count(CountyAccountability record) =>
        record.Years is { Count: > 0 } years ? Tally.Of(years, 0, static (year, _) => Judge(year)) : new Tally(0, 1);

    /// <summary>Whether the year's target was met: from the counts when both are recorded, else the recorded flag.</summary>
    internal static bool? TargetMet(AnnualAssessmentRecord year) =>
        year is { ReductionTarget: { } target, PeopleLiftedOut: { } lifted } ? lifted >= target : year.TargetMet;

    private static Verdict Judge(AnnualAssessmentRecord year) =>
        TargetMet(year) switch { true => Verdict.Met, false => Verdict.NotMet, null => Verdict.Unknown };

    private static Evidence Explain(AccountabilityFact fact)
    {
        var years = fact.Record.Years;
        var actual = years is not { Count: > 0 }
            ? "no annual assessment recorded (Years)"
            : string.Join("; ", years.OrderBy(y => y.Year).Select(Describe));
        return new Evidence(actual, "each year's reduction target met (people lifted out at least the target)", null, Citation, true);
    }

    private static string Describe(AnnualAssessmentRecord year)
    {
        var counts = year is { ReductionTarget: { } target, PeopleLiftedOut: { } lifted }
            ? $"{Formats.People(lifted)} lifted out of a target of {Formats.People(target)}"
            : year.TargetMet is { } met ? $"target recorded {(met ? "met" : "missed")}" : "target not recorded";
        var outcome = TargetMet(year) switch { true => "met", false => "missed: vetoed", null => "undecided" };
        return $"{year.Year}: {counts} ({outcome})";
    }

    internal static readonly PredicateCriterion<AccountabilityFact> Criterion = new(
        Id, CriterionKind.Accountability, "Annual reduction target met (no veto)", "完成年度减贫任务（未被一票否决）",
        notMet: a => a.Targets.Failing > 0,
        unresolved: a => a.Targets.Failing > 0 || a.Targets.Undecided > 0,
        Explain);
}
