namespace PovertyRules.Model;

/// <summary>How a dwelling owned by the household was acquired; only <see cref="CommercialPurchase"/> is commercial housing.</summary>
public enum DwellingKind
{
    /// <summary>商品房 — purchased market (commercial) housing.</summary>
    CommercialPurchase = 1,
    /// <summary>易地扶贫搬迁 — poverty-relief resettlement housing; never commercial housing.</summary>
    Resettlement = 2,
    /// <summary>Rebuilt after a disaster or demolition; never commercial housing.</summary>
    DisasterRebuild = 3,
    /// <summary>Self-built rural housing on the household's homestead.</summary>
    SelfBuilt = 4,
    /// <summary>Any other acquisition.</summary>
    Other = 9,
}
