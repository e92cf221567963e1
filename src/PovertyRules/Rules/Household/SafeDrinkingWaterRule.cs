using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.Household;

/// <summary>饮水安全有保障 — safe drinking water, where the profile makes it a criterion (national wording from 2019).</summary>
[Name(Id)]
[Description("饮水安全有保障 (两不愁三保障及饮水安全, 2019–2020 national wording): safe drinking water, where the profile requires it")]
[Tag(RuleTags.HouseholdExit)]
public sealed class SafeDrinkingWaterRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-WATER";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ExitCriterion, "Safe drinking water", "饮水安全有保障", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => h.Parameters.WaterRequired && h.Household.SafeDrinkingWater != true);
        Then()
            .Do(_ => household.Record(Criterion, household.Household.SafeDrinkingWater == false ? Verdict.NotMet : Verdict.Unknown));
    }

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.SafeDrinkingWater switch { true => "safe", false => "not safe", null => "missing (SafeDrinkingWater)" },
            "safe drinking water",
            "safeDrinkingWaterRequired",
            fact.Parameters.Profile.SafeDrinkingWaterRequired.Citation,
            fact.Parameters.Profile.SafeDrinkingWaterRequired.Verified);
}
