namespace PovertyRules.Data;

/// <summary>What a declared assumption fills in, where neither the export nor the supplement records it.</summary>
public enum AssumedFact
{
    /// <summary>吃穿不愁: <c>Household.FoodAndClothingSecure</c> is taken as <c>true</c>.</summary>
    FoodAndClothingSecure = 1,

    /// <summary>
    /// The 四类对象 clean-up was done: no member on a government payroll or a village cadre, no registered business, no
    /// purchased commercial housing and no vehicle (the exclusion facts are taken as recorded "none").
    /// </summary>
    NoExcludedCategory = 2,
}
