using System.Globalization;

namespace PovertyRules.Rules;

/// <summary>
/// Three-valued comparisons of a share (incidence, a third-party rate) with a threshold, done on the counts so that a
/// share exactly on the threshold is never moved to either side by rounding.
/// </summary>
internal static class Shares
{
    /// <summary>
    /// Whether numerator / denominator is strictly below <paramref name="threshold"/>. <paramref name="complete"/> is
    /// false when part of the numerator is not known (e.g. households whose records were rejected): what is known
    /// only grows, so a known part that already reaches the threshold is decisive, and one below it is unknown.
    /// </summary>
    public static Verdict Below(decimal? numerator, bool complete, decimal? denominator, decimal threshold)
    {
        if (numerator is not { } n || denominator is not { } d)
        {
            return Verdict.Unknown;
        }

        if (n >= threshold * d)
        {
            return Verdict.NotMet;
        }

        return complete ? Verdict.Met : Verdict.Unknown;
    }

    /// <summary>Whether numerator / denominator is strictly below <paramref name="threshold"/>; unknown without a positive denominator.</summary>
    public static Verdict Below(int? numerator, int? denominator, decimal threshold) =>
        numerator is { } n && denominator is > 0 ? Below(n, true, denominator.Value, threshold) : Verdict.Unknown;

    /// <summary>Whether numerator / denominator is strictly above <paramref name="threshold"/>; unknown without a positive denominator.</summary>
    public static Verdict Above(int? numerator, int? denominator, decimal threshold)
    {
        if (numerator is not { } n || denominator is not ({ } d and > 0))
        {
            return Verdict.Unknown;
        }

        return n > threshold * d ? Verdict.Met : Verdict.NotMet;
    }

    /// <summary>A share as a percentage with up to three decimals, e.g. <c>2.99%</c>.</summary>
    public static string Percent(decimal share) => share.ToString("0.###%", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, e.g. <c>4.31%</c>.</summary>
    public static string Percent(double share) => share.ToString("0.##%", CultureInfo.InvariantCulture);

    /// <summary>A count of people, with thousands separators.</summary>
    public static string People(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
