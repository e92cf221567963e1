using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 突发严重困难户 (income fall) — the household's per-capita income fell from last year's by strictly more than the
/// profile's share of it: this year's income is strictly below (1 − share) × last year's. A household with no positive
/// income last year has none to fall from.
/// </summary>
[Name(Id), Tag(RuleTags.Monitoring), Description("突发严重困难户 (防止返贫监测指导意见 2020: 收入大幅缩减的家庭): per-capita income fallen by strictly more than the profile's share of last year's")]
internal sealed class HardshipIncomeDropRule() : MonitoringRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-HARDSHIP-INCOME-DROP";

    /// <summary>(1 − share) × last year's income, which this year's must reach; <c>null</c> when last year's is not recorded.</summary>
    internal static Threshold? Limit(decimal? incomeLastYear, MonitoringParameters p) =>
        incomeLastYear switch
        {
            null => null,
            > 0m and var income => new Threshold((1m - p.DropShare) * income, PassingSide.AtLeast),
            // No positive income to fall from: any income reaches the limit.
            _ => new Threshold(decimal.MinValue, PassingSide.AtLeast),
        };

    private static Evidence Explain(MonitoringFact fact)
    {
        var p = fact.Parameters;
        var last = fact.IncomeLastYear is { } l ? Formats.Yuan(l) : $"missing (Income[{p.Year - 1}])";
        var limit = fact.DropLimit is { } t && fact.IncomeLastYear > 0m ? $" = {Formats.Yuan(t.Value)}" : string.Empty;
        return new Evidence(
            $"{UnstableIncomeRule.DescribeIncome(fact)}; {p.Year - 1} per-capita income {last}",
            $"a risk when income < (1 − {p.DropShare.ToString(System.Globalization.CultureInfo.InvariantCulture)}) × last year's{limit}",
            "hardshipIncomeDropShare",
            fact.Profile.HardshipIncomeDropShare.Citation,
            fact.Profile.HardshipIncomeDropShare.Verified);
    }

    internal static readonly Criterion<MonitoringFact> Criterion = new PredicateCriterion<MonitoringFact>(
        Id, CriterionKind.MonitoringRisk, "Sudden severe hardship: income fallen sharply", "突发严重困难户：收入大幅缩减",
        notMet: h => h.Income.KnownToFail(h.DropLimit),
        unresolved: h => !h.Income.KnownToPass(h.DropLimit),
        Explain);
}
