namespace PovertyRules.Planning;

/// <summary>Whether a county's amount was set by a bound instead of its score.</summary>
public enum AllocationBound
{
    /// <summary>The amount follows the county's score.</summary>
    None = 0,

    /// <summary>The score gave less than the floor (<c>allocationFloor</c>): the county gets the floor.</summary>
    Floor = 1,

    /// <summary>The score gave more than the cap (<c>allocationCapShare</c> × the fund): the county gets the cap.</summary>
    Cap = 2,
}
