using PovertyRules.Policy;
using PovertyRules.Rules.Monitoring;

namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// 监测对象类型与监测规则不符 — the monitoring category the register records is one the relapse-monitoring rules know
/// does not apply: every risk of that category is known absent (e.g. 边缘易致贫户 recorded for an exited household, or
/// 突发严重困难户 for one whose expenses and income show no hardship). Checked under profiles with a monitoring line.
/// </summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("易返贫致贫户(监测对象)类型 (中农组发〔2021〕7号): a recorded monitoring category is not one the monitoring rules know does not apply to the household")]
internal sealed class MonitoringCategoryRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-MONITORING-CATEGORY";

    private static readonly Func<MonitoringFact, bool>[] NotMet = [.. MonitoringCriteria.Catalog.All.Select(c => c.NotMet.Compile())];
    private static readonly Func<MonitoringFact, bool>[] Unresolved = [.. MonitoringCriteria.Catalog.All.Select(c => c.Unresolved.Compile())];

    /// <summary>
    /// Whether the recorded category is contradicted: <c>true</c> when every risk of it is known absent, <c>false</c>
    /// when one holds or no category is recorded, <c>null</c> when undecided (an input missing, or no monitoring line).
    /// </summary>
    internal static bool? Contradicted(Model.Household household, MonitoringParameters? parameters)
    {
        if (household.Monitoring?.RecordedCategory is not { } category)
        {
            return false;
        }

        if (parameters is null || !Enum.IsDefined(category) || household.Monitoring.UnavoidableExpenses < 0m)
        {
            return null;
        }

        MonitoringFact fact;
        try
        {
            fact = new MonitoringFact(household, parameters);
        }
        catch (RuleEvaluationException)
        {
            return null;
        }

        var absent = true;
        for (var i = 0; i < NotMet.Length; i++)
        {
            if (MonitoringCriteria.CategoryOf[i] != category)
            {
                continue;
            }

            if (NotMet[i](fact))
            {
                return false;
            }

            absent &= !Unresolved[i](fact);
        }

        return absent ? true : null;
    }

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        var category = fact.Household.Monitoring!.RecordedCategory!.Value;
        yield return new DataQualityDefect(-1, $"recorded category {category}, but none of its risks holds under the monitoring rules",
            $"登记的监测对象类型为{Label(category)}，但按监测规则不存在该类风险");
    }

    private static string Label(MonitoringCategory category) =>
        category switch
        {
            MonitoringCategory.UnstableExited => "脱贫不稳定户",
            MonitoringCategory.MarginalAtRisk => "边缘易致贫户",
            _ => "突发严重困难户",
        };

    private static DataQualityBasis Basis(PolicyProfile p) =>
        new(
            $"a category whose risks hold (monitoring line {p.MonitoringLine.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"})",
            "登记类型须有相应风险",
            "monitoringLine, hardshipExpenseShare, hardshipIncomeDropShare",
            p.MonitoringLine.Citation,
            p.MonitoringLine.Verified && p.HardshipExpenseShare.Verified && p.HardshipIncomeDropShare.Verified);

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Recorded monitoring category contradicts the monitoring rules", "监测对象类型与监测规则不符",
        "Monitoring.RecordedCategory", "易返贫致贫户(监测对象)类型",
        notMet: f => f.MonitoringCategoryContradicted == true,
        unresolved: f => f.MonitoringCategoryContradicted != false,
        Describe,
        Basis,
        appliesUnder: p => p.MonitoringLine.Value != null);
}
