using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>吃穿不愁 — food and clothing are secure.</summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("不愁吃、不愁穿 (中办发〔2016〕16号 二(一)): food and clothing secure")]
internal sealed class FoodAndClothingRule() : HouseholdRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-FOOD-CLOTHING";

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.FoodAndClothingSecure switch { true => "secure", false => "not secure", null => "missing (FoodAndClothingSecure)" },
            "secure",
            null,
            Citations.ExitMechanismHousehold,
            true);

    internal static readonly Criterion<HouseholdFact> Criterion = new PredicateCriterion<HouseholdFact>(
        Id, CriterionKind.ExitCriterion, "Food and clothing secure", "不愁吃、不愁穿",
        notMet: h => h.Household.FoodAndClothingSecure == false,
        unresolved: h => h.Household.FoodAndClothingSecure != true,
        Explain);
}
