using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>吃穿不愁 — food and clothing are secure.</summary>
[Name(Id)]
[Description("不愁吃、不愁穿 (中办发〔2016〕16号 二(一)): food and clothing secure")]
[Tag(RuleTags.HouseholdExit)]
public sealed class FoodAndClothingRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-FOOD-CLOTHING";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ExitCriterion, "Food and clothing secure", "不愁吃、不愁穿", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => h.Household.FoodAndClothingSecure != true);
        Then()
            .Do(_ => household.Record(Criterion, household.Household.FoodAndClothingSecure == false ? Verdict.NotMet : Verdict.Unknown));
    }

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.FoodAndClothingSecure switch { true => "secure", false => "not secure", null => "missing (FoodAndClothingSecure)" },
            "secure",
            null,
            Citations.ExitMechanismHousehold,
            true);
}
