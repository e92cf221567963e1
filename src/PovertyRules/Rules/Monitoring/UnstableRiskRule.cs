using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>脱贫不稳定户 (risk) — an exited household for which a current risk of relapse is recorded, whatever its income.</summary>
[Name(Id), Tag(RuleTags.Monitoring), Description("脱贫不稳定户 (中农组发〔2021〕7号): an exited household with a recorded risk of relapse (返贫风险)")]
internal sealed class UnstableRiskRule() : MonitoringRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-UNSTABLE-RISK";

    private static Evidence Explain(MonitoringFact fact) =>
        new(
            $"{UnstableIncomeRule.DescribeExit(fact)}; risk recorded: {fact.Record.RiskRecorded switch { true => "yes", false => "no", null => "missing (Monitoring.RiskRecorded)" }}",
            "a risk when exited and a risk of relapse is recorded",
            null,
            Citations.MonitoringCategories,
            true);

    internal static readonly Criterion<MonitoringFact> Criterion = new PredicateCriterion<MonitoringFact>(
        Id, CriterionKind.MonitoringRisk, "Unstable exited household: risk recorded", "脱贫不稳定户：存在返贫风险",
        notMet: h => h.Exited == true && h.Record.RiskRecorded == true,
        unresolved: h => !(h.Exited == false || h.Record.RiskRecorded == false),
        Explain);
}
