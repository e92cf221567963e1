using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 脱贫不稳定户 (income) — an exited household whose per-capita income of the assessment year is strictly below the
/// monitoring line. Income equal to the line is not this risk.
/// </summary>
[Name(Id), Tag(RuleTags.Monitoring), Description("脱贫不稳定户 (中农组发〔2021〕7号; 防止返贫监测指导意见 2020: 人均可支配收入低于国家扶贫标准1.5倍左右): an exited household with per-capita income strictly below the monitoring line")]
internal sealed class UnstableIncomeRule() : MonitoringRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-UNSTABLE-INCOME";

    /// <summary>Exited (脱贫标志 1 or 4): <c>true</c>; not exited (0, 2, 3) or never registered: <c>false</c>; <c>null</c> when neither is recorded.</summary>
    internal static bool? IsExited(Model.Household household, MonitoringRecord record) =>
        record.EverRegistered == false
            ? false
            : household.ExitFlag switch
            {
                null => null,
                ExitFlag.ExitedWithSupport or ExitFlag.ExitedWithoutSupport => true,
                _ => false,
            };

    internal static string DescribeExit(MonitoringFact fact) =>
        fact.Exited switch
        {
            true => $"exited ({fact.Household.ExitFlag})",
            false => fact.Household.ExitFlag is { } flag ? $"not exited ({flag})" : "never registered",
            null => "exit flag missing (ExitFlag)",
        };

    internal static string DescribeIncome(MonitoringFact fact) =>
        fact.IncomeThisYear is { } income
            ? $"{fact.Parameters.Year} per-capita income {Formats.Yuan(income)}"
            : $"{fact.Parameters.Year} per-capita income missing (Income[{fact.Parameters.Year}].{(fact.Parameters.Measure == IncomeMeasure.Disposable ? "PerCapitaDisposable" : "PerCapitaNet")})";

    private static Evidence Explain(MonitoringFact fact) =>
        new(
            $"{DescribeExit(fact)}; {DescribeIncome(fact)}",
            $"a risk when exited and income < {Formats.Yuan(fact.Parameters.LineValue)}",
            "monitoringLine",
            fact.Profile.MonitoringLine.Citation,
            fact.Profile.MonitoringLine.Verified);

    internal static readonly Criterion<MonitoringFact> Criterion = new PredicateCriterion<MonitoringFact>(
        Id, CriterionKind.MonitoringRisk, "Unstable exited household: income below the monitoring line", "脱贫不稳定户：人均收入低于监测线",
        notMet: h => h.Exited == true && h.Income.KnownToFail(h.Parameters.NotBelowLine),
        unresolved: h => !(h.Exited == false || h.Income.KnownToPass(h.Parameters.NotBelowLine)),
        Explain);
}
