using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 边缘易致贫户 — a household never registered as poor whose per-capita income of the assessment year is strictly
/// below the monitoring line. Income equal to the line is not this risk.
/// </summary>
[Name(Id), Tag(RuleTags.Monitoring), Description("边缘易致贫户 (中农组发〔2021〕7号; 防止返贫监测指导意见 2020: 人均可支配收入低于国家扶贫标准1.5倍左右): a household never registered with per-capita income strictly below the monitoring line")]
internal sealed class MarginalIncomeRule() : MonitoringRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-MARGINAL-INCOME";

    /// <summary>As the monitoring record says; else an exit flag on the register means registered; <c>null</c> when neither is recorded.</summary>
    internal static bool? IsNeverRegistered(Model.Household household, MonitoringRecord record) =>
        record.EverRegistered is { } registered ? !registered : household.ExitFlag is null ? null : false;

    private static Evidence Explain(MonitoringFact fact) =>
        new(
            $"{fact.NeverRegistered switch { true => "never registered", false => "registered", null => "registration missing (Monitoring.EverRegistered)" }}; {UnstableIncomeRule.DescribeIncome(fact)}",
            $"a risk when never registered and income < {Formats.Yuan(fact.Parameters.LineValue)}",
            "monitoringLine",
            fact.Profile.MonitoringLine.Citation,
            fact.Profile.MonitoringLine.Verified);

    internal static readonly Criterion<MonitoringFact> Criterion = new PredicateCriterion<MonitoringFact>(
        Id, CriterionKind.MonitoringRisk, "Marginal household at risk: income below the monitoring line", "边缘易致贫户：人均收入低于监测线",
        notMet: h => h.NeverRegistered == true && h.Income.KnownToFail(h.Parameters.NotBelowLine),
        unresolved: h => !(h.NeverRegistered == false || h.Income.KnownToPass(h.Parameters.NotBelowLine)),
        Explain);
}
