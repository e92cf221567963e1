namespace PovertyRules.Rules;

/// <summary>The <c>[Tag]</c> values that group rules into rule sets.</summary>
public static class RuleTags
{
    /// <summary>Household exit criteria.</summary>
    public const string HouseholdExit = "household-exit";

    /// <summary>Steps of the household exit procedure.</summary>
    public const string HouseholdProcedure = "household-procedure";

    /// <summary>The four excluded categories (四类对象).</summary>
    public const string Exclusion = "exclusion";
}
