using System.Globalization;

namespace PovertyRules.Rules;

/// <summary>How findings write amounts, shares and counts: invariant culture, the same at every level.</summary>
internal static class Formats
{
    /// <summary>An amount in yuan with two decimals, e.g. <c>2952.00 yuan</c>.</summary>
    public static string Yuan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " yuan";

    /// <summary>A share as a percentage with up to three decimals, e.g. <c>2.99%</c>.</summary>
    public static string Percent(decimal share) => share.ToString("0.###%", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, e.g. <c>4.31%</c>.</summary>
    public static string Percent(double share) => share.ToString("0.##%", CultureInfo.InvariantCulture);

    /// <summary>A count of people, with thousands separators.</summary>
    public static string People(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
