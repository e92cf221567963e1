using PovertyRules.Policy;

using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Exclusion;

/// <summary>四类对象 (2) — the household runs an individual business or enterprise registered with market regulators.</summary>
[Name(Id), Tag(RuleTags.Exclusion), Description("四类对象(二) 有工商注册 (2015年建档立卡回头看): the household runs a registered individual business or enterprise")]
internal sealed class RegisteredBusinessRule() : HouseholdRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-BUSINESS";

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.RegisteredBusiness switch { true => "registered business", false => "none", null => "missing (RegisteredBusiness)" },
            "no registered business or enterprise",
            null,
            Citations.FourCategories,
            true);

    internal static readonly Criterion<HouseholdFact> Criterion = new PredicateCriterion<HouseholdFact>(
        Id, CriterionKind.Exclusion, "No registered business", "无工商注册",
        notMet: h => h.Household.RegisteredBusiness == true,
        unresolved: h => h.Household.RegisteredBusiness != false,
        Explain);
}
