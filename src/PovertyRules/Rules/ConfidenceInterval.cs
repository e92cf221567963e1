using System.Globalization;

namespace PovertyRules.Rules;

/// <summary>A confidence interval for a proportion, both ends between 0 and 1. Immutable.</summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/> (without continuity
    /// correction). Unlike the normal approximation it stays within 0–1 and behaves at 0 and at all successes, which is
    /// where third-party rates near 0% and approval near 100% live.
    /// </summary>
    /// <param name="successes">Cases counted (e.g. wrongly exited people found).</param>
    /// <param name="trials">Cases sampled; at least 1.</param>
    /// <param name="z">The normal quantile of the confidence level; <see cref="Z95"/> for 95%.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="trials"/> is less than 1, <paramref name="successes"/> is outside 0–<paramref name="trials"/>,
    /// or <paramref name="z"/> is not positive.
    /// </exception>
    public static ConfidenceInterval Wilson(int successes, int trials, double z = Z95)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "A proportion needs at least one case sampled.");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"The count must be from 0 to the {trials} cases sampled.");
        }

        if (!(z > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The normal quantile must be positive.");
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // The exact ends are 0 and 1 when nothing or everything was counted; say so rather than leave rounding dust.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new ConfidenceInterval(lower, upper);
    }

    /// <summary>Whether <paramref name="value"/> lies within the interval (ends included).</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The ends as percentages, e.g. <c>0.51%–4.31%</c>.</summary>
    public override string ToString() =>
        $"{Lower.ToString("0.##%", CultureInfo.InvariantCulture)}–{Upper.ToString("0.##%", CultureInfo.InvariantCulture)}";
}
