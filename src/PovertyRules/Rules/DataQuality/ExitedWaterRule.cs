using PovertyRules.Policy;

namespace PovertyRules.Rules.DataQuality;

/// <summary>已脱贫户饮水 — where the profile requires safe drinking water, a household flagged exited does not record unsafe water.</summary>
[Name(Id), Tag(RuleTags.DataQuality), Description("已脱贫户未解决安全饮用水 (建档立卡数据质量检查): where safe drinking water is an exit criterion (safeDrinkingWaterRequired), a household whose 脱贫标志 says exited has 是否解决安全饮用水 = 是")]
internal sealed class ExitedWaterRule() : DataQualityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "DQ-EXIT-WATER";

    private static IEnumerable<DataQualityDefect> Describe(DataQualityFact fact)
    {
        yield return new DataQualityDefect(-1, $"exit flag {fact.Household.ExitFlag}, safe drinking water: no", "脱贫标志为已脱贫，未解决安全饮用水");
    }

    internal static readonly HouseholdCheckCriterion Criterion = new(
        Id, DataQualitySeverity.Warning, "Exited household without safe water", "已脱贫户未解决安全饮用水", nameof(Model.Household.SafeDrinkingWater), "是否解决安全饮用水",
        notMet: f => f.Exited == true && f.Household.SafeDrinkingWater == false,
        unresolved: f => f.Exited != false && f.Household.SafeDrinkingWater != true,
        Describe,
        static p => new DataQualityBasis("safe drinking water", "已解决安全饮用水", "safeDrinkingWaterRequired", p.SafeDrinkingWaterRequired.Citation, p.SafeDrinkingWaterRequired.Verified),
        appliesUnder: static p => p.SafeDrinkingWaterRequired.Value);
}
