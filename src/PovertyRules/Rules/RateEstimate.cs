using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// One third-party rate measured on a sample, with its 95% Wilson interval and whether the pass/fail decision survives
/// sampling error. Immutable.
/// </summary>
public sealed class RateEstimate
{
    private readonly Threshold _threshold;

    private RateEstimate(string name, int numerator, int denominator, Threshold threshold)
    {
        Name = name;
        Numerator = numerator;
        Denominator = denominator;
        _threshold = threshold;
        Threshold = threshold.Value;
        Side = threshold.Side;
        Interval = ConfidenceInterval.Wilson(numerator, denominator);
    }

    /// <summary>The rate's name, e.g. <c>wrong-exit rate</c>.</summary>
    public string Name { get; }

    /// <summary>Cases counted in the sample.</summary>
    public int Numerator { get; }

    /// <summary>Cases sampled (at least 1).</summary>
    public int Denominator { get; }

    /// <summary>The profile's threshold (a share 0–1).</summary>
    public decimal Threshold { get; }

    /// <summary>Which side of the threshold passes.</summary>
    public PassingSide Side { get; }

    /// <summary>The point estimate: <see cref="Numerator"/> / <see cref="Denominator"/>.</summary>
    public decimal Rate => (decimal)Numerator / Denominator;

    /// <summary>The 95% Wilson score interval of the rate.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether the point estimate passes: it lies on <see cref="Side"/> of the threshold (for a strict side, equal fails).</summary>
    public bool Passes => _threshold.Passes(Numerator, Denominator);

    /// <summary>
    /// Whether the decision is robust to sampling error: the whole interval lies on the passing side, or wholly on the
    /// failing side, of the threshold. When it is not, a sample of the same size could well have decided otherwise.
    /// </summary>
    public bool Robust
    {
        get
        {
            var t = (double)Threshold;
            return Side switch
            {
                PassingSide.Below => Interval.Upper < t || Interval.Lower >= t,
                PassingSide.AtMost => Interval.Upper <= t || Interval.Lower > t,
                PassingSide.Above => Interval.Lower > t || Interval.Upper <= t,
                _ => Interval.Lower >= t || Interval.Upper < t,
            };
        }
    }

    /// <summary>e.g. <c>wrong-exit rate 1.5% (3/200; 95% CI 0.51%–4.31%; passes, not robust to sampling error)</c>.</summary>
    public override string ToString() =>
        $"{Name} {Formats.Percent(Rate)} ({Numerator}/{Denominator}; 95% CI {Interval}; {(Passes ? "passes" : "fails")}, {(Robust ? "robust" : "not robust")} to sampling error)";

    /// <summary>The estimate of <paramref name="numerator"/> / <paramref name="denominator"/>; <c>null</c> when a count is missing or nothing was sampled.</summary>
    internal static RateEstimate? Of(string name, int? numerator, int? denominator, Threshold threshold) =>
        numerator is { } n && denominator is > 0 and var d ? new RateEstimate(name, n, d, threshold) : null;
}
