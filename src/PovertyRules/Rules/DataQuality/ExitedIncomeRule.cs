using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>已脱贫户收入 — a household flagged exited does not record an income at or below the assessment year's line.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("已脱贫户人均纯收入不高于贫困线 (建档立卡数据质量检查): a household whose 脱贫标志 says exited records per-capita income strictly above the assessment year's line")]
internal sealed class ExitedIncomeRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-EXIT-INCOME";

    /// <summary>The assessment year's per-capita income of the profile's measure, as recorded.</summary>
    internal static decimal? Tested(Model.Household household, DataQualityParameters p) =>
        household.IncomeFor(p.Profile.Year) is { } income
            ? p.Measure == IncomeMeasure.Net ? income.PerCapitaNet : income.PerCapitaDisposable
            : null;

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        var income = fact.TestedIncome!.Value.ToString(CultureInfo.InvariantCulture);
        var line = fact.Parameters.Line!.Value.Value.ToString(CultureInfo.InvariantCulture);
        yield return new DataQualityDefect(-1, $"exit flag {fact.Household.ExitFlag}, income {income} yuan at or below the line {line}",
            $"脱贫标志为已脱贫，人均收入 {income} 元不高于贫困线 {line} 元");
    }

    private static DataQualityBasis Basis(PolicyProfile p)
    {
        var line = p.PovertyLine(p.Year);
        return new DataQualityBasis(
            $"income above the {p.Year} line {line?.Value.ToString(CultureInfo.InvariantCulture) ?? "(none)"}",
            $"人均收入高于 {p.Year} 年贫困线",
            "povertyLines, incomeMeasure", line?.Citation ?? Citations.ExitMechanismHousehold, (line?.Verified ?? false) && p.IncomeMeasure.Verified);
    }

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Exited household with income at or below the line", "已脱贫户收入不高于贫困线", "Income", "人均纯收入",
        notMet: f => f.Exited == true && f.IncomeAboveLine == false,
        unresolved: f => f.Exited != false && f.IncomeAboveLine != true,
        Describe,
        Basis);
}
