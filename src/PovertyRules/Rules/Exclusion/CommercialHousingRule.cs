using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (3) — the household owns purchased commercial housing. Resettlement housing and housing rebuilt after a
/// disaster or demolition are never commercial housing.
/// </summary>
[Name(Id)]
[Description("四类对象(三) 购买商品房 (2015年建档立卡回头看): the household owns purchased commercial housing; resettlement and disaster-rebuild housing never count")]
[Tag(RuleTags.Exclusion)]
public sealed class CommercialHousingRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-COMMERCIAL-HOUSING";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.Exclusion, "No purchased commercial housing", "无购买商品房", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact)
    {
        if (fact.Household.OwnedHousing is not { } owned)
        {
            return Verdict.Unknown;
        }

        for (var i = 0; i < owned.Count; i++)
        {
            if (owned[i].Kind == DwellingKind.CommercialPurchase)
            {
                return Verdict.NotMet;
            }
        }

        return Verdict.Met;
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var owned = fact.Household.OwnedHousing;
        var actual = owned switch
        {
            null => "missing (OwnedHousing)",
            { Count: 0 } => "none",
            _ => string.Join(", ", owned.Select(d => d.Kind)),
        };
        return new Evidence(actual, "no purchased commercial housing", null, Citations.FourCategories, true);
    }
}
