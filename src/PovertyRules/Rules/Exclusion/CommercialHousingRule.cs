using PovertyRules.Policy;
using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (3) — the household owns purchased commercial housing. Resettlement housing and housing rebuilt after a
/// disaster or demolition are never commercial housing.
/// </summary>
[Name(Id), Tag(RuleTags.Exclusion), Description("四类对象(三) 购买商品房 (2015年建档立卡回头看): the household owns purchased commercial housing; resettlement and disaster-rebuild housing never count")]
internal sealed class CommercialHousingRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-COMMERCIAL-HOUSING";

    /// <summary>Purchased commercial housing owned; one undecided item when the household's other housing is not recorded.</summary>
    internal static Tally Count(Model.Household household) =>
        household.OwnedHousing is { } owned
            ? Tally.Of(owned, 0, static (property, _) => property.Kind == DwellingKind.CommercialPurchase ? Verdict.NotMet : Verdict.Met)
            : new Tally(0, 1);

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

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.Exclusion, "No purchased commercial housing", "无购买商品房", h => h.CommercialHousing, Explain);
}
