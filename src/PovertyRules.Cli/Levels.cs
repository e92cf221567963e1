namespace PovertyRules.Cli;

/// <summary>The names of the three levels as they appear in summaries, JSON and the report.</summary>
internal static class Levels
{
    public const string Household = "household";
    public const string Village = "village";
    public const string County = "county";

    /// <summary>The pseudo-status of a county whose households were counted but which had no descriptor record.</summary>
    public const string NoDescriptor = "NoDescriptor";

    public static string English(string level) => level switch
    {
        Household => "Households",
        Village => "Villages",
        _ => "Counties",
    };

    public static string Chinese(string level) => level switch
    {
        Household => "农户",
        Village => "贫困村",
        _ => "贫困县",
    };
}
