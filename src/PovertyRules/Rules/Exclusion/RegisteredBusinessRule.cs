using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Exclusion;

/// <summary>四类对象 (2) — the household runs an individual business or enterprise registered with market regulators.</summary>
[Name(Id)]
[Description("四类对象(二) 有工商注册 (2015年建档立卡回头看): the household runs a registered individual business or enterprise")]
[Tag(RuleTags.Exclusion)]
public sealed class RegisteredBusinessRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-BUSINESS";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.Exclusion, "No registered business", "无工商注册", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => h.Household.RegisteredBusiness != false);
        Then()
            .Do(_ => household.Record(Criterion, household.Household.RegisteredBusiness == true ? Verdict.NotMet : Verdict.Unknown));
    }

    private static Evidence Explain(HouseholdFact fact) =>
        new(
            fact.Household.RegisteredBusiness switch { true => "registered business", false => "none", null => "missing (RegisteredBusiness)" },
            "no registered business or enterprise",
            null,
            Citations.FourCategories,
            true);
}
