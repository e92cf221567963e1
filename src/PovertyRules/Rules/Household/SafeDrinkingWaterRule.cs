
namespace PovertyRules.Rules.Household;

/// <summary>饮水安全有保障 — safe drinking water, where the profile makes it a criterion (national wording from 2019).</summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("饮水安全有保障 (两不愁三保障及饮水安全, 2019–2020 national wording): safe drinking water, where the profile requires it")]
internal sealed class SafeDrinkingWaterRule() : HouseholdRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-WATER";

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.SafeDrinkingWater switch { true => "safe", false => "not safe", null => "missing (SafeDrinkingWater)" },
            "safe drinking water",
            "safeDrinkingWaterRequired",
            fact.Parameters.Profile.SafeDrinkingWaterRequired.Citation,
            fact.Parameters.Profile.SafeDrinkingWaterRequired.Verified);

    internal static readonly Criterion<HouseholdFact> Criterion = new PredicateCriterion<HouseholdFact>(
        Id, CriterionKind.ExitCriterion, "Safe drinking water", "饮水安全有保障",
        notMet: h => h.Household.SafeDrinkingWater == false,
        unresolved: h => h.Household.SafeDrinkingWater != true,
        Explain,
        static p => p.SafeDrinkingWaterRequired.Value);
}
