namespace PovertyRules.Planning;

/// <summary>
/// How a province's yearly reduction target is split across its counties when they give no plans of their own. Each
/// year's split is of the people still poor at the start of that year; no county is given more than it has left (a
/// floor of zero remaining: its excess goes to the others), and whole people are split by the largest remainder,
/// ties to the lower county code.
/// </summary>
public enum SplitRule
{
    /// <summary>In proportion to each county's registered poor people at the start of the year.</summary>
    ByPoorPeople = 1,

    /// <summary>In proportion to each county's poverty incidence (remaining poor / rural population) at the start of the year.</summary>
    ByIncidence = 2,
}
