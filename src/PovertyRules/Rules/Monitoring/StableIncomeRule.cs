using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 收入持续稳定 — for the risk to count as eliminated, the per-capita income of each of the profile's elimination years,
/// ending with the assessment year, is strictly above the monitoring line. Income equal to the line does not count.
/// </summary>
[Name(Id), Tag(RuleTags.RiskElimination), Description("风险消除 (中农组发〔2021〕7号: 对收入持续稳定…的，标注风险消除): per-capita income strictly above the monitoring line in each of the profile's elimination years")]
internal sealed class StableIncomeRule() : EliminationRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-ELIM-INCOME";

    /// <summary>The elimination years by their income: failing at or below the line, undecided when not recorded.</summary>
    internal static Tally Count(Model.Household household, MonitoringParameters p)
    {
        int failing = 0, undecided = 0;
        foreach (var year in p.EliminationYears)
        {
            if (MonitoringFact.IncomeOf(household, year, p.Measure) is not { } income)
            {
                undecided++;
            }
            else if (!p.AboveLine.Passes(income))
            {
                failing++;
            }
        }

        return new Tally(failing, undecided);
    }

    private static Evidence Explain(RiskEliminationFact fact)
    {
        var p = fact.Risk.Parameters;
        var years = p.EliminationYears.Select(y =>
            MonitoringFact.IncomeOf(fact.Risk.Household, y, p.Measure) is { } income
                ? $"{y.ToString(CultureInfo.InvariantCulture)}: {Formats.Yuan(income)}"
                : $"{y.ToString(CultureInfo.InvariantCulture)}: missing (Income[{y.ToString(CultureInfo.InvariantCulture)}])");
        return new Evidence(
            string.Join("; ", years),
            $"> {Formats.Yuan(p.LineValue)} in each of {p.EliminationYears.Length.ToString(CultureInfo.InvariantCulture)} year(s)",
            "monitoringLine, riskEliminationYears",
            fact.Profile.MonitoringLine.Citation,
            fact.Profile.MonitoringLine.Verified && fact.Profile.RiskEliminationYears.Verified);
    }

    internal static readonly Criterion<RiskEliminationFact> Criterion = new PredicateCriterion<RiskEliminationFact>(
        Id, CriterionKind.RiskElimination, "Income stably above the monitoring line", "收入持续稳定超过监测线",
        notMet: e => e.StableIncome.Failing > 0,
        unresolved: e => e.StableIncome.Failing > 0 || e.StableIncome.Undecided > 0,
        Explain);
}
