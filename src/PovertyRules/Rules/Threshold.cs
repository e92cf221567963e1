using System.Globalization;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// The comparison at a threshold, written once for every level: a value, or a share given as numerator and
/// denominator, passes when it lies on <see cref="Side"/> of <see cref="Value"/>. Shares are compared on their counts
/// (numerator against threshold × denominator), so that a share exactly on the threshold is never moved to either side
/// by rounding.
/// </summary>
/// <param name="Value">The threshold: a share 0–1 for rates and incidence, an amount in yuan for income.</param>
/// <param name="Side">Which side passes, and whether the threshold itself does.</param>
internal readonly record struct Threshold(decimal Value, PassingSide Side)
{
    /// <summary>Whether <paramref name="value"/> passes.</summary>
    public bool Passes(decimal value) => Passes(value, 1m);

    /// <summary>Whether the share <paramref name="numerator"/> / <paramref name="denominator"/> passes (the denominator is positive).</summary>
    public bool Passes(decimal numerator, decimal denominator)
    {
        var bound = Value * denominator;
        return Side switch
        {
            PassingSide.Below => numerator < bound,
            PassingSide.Above => numerator > bound,
            PassingSide.AtMost => numerator <= bound,
            _ => numerator >= bound,
        };
    }

    /// <summary>Whether a value that can only grow (a count with records still missing) may still pass later: an upper bound can be failed for good, a lower one passed for good.</summary>
    public bool IsUpperBound => Side is PassingSide.Below or PassingSide.AtMost;

    /// <summary>The requirement as text, e.g. <c>&lt; 2%</c> or <c>≥ 40,000.00 yuan</c>.</summary>
    public string Describe(Func<decimal, string> format) =>
        Side switch
        {
            PassingSide.Below => "< ",
            PassingSide.Above => "> ",
            PassingSide.AtMost => "≤ ",
            _ => "≥ ",
        } + format(Value);

    /// <summary>Which comparison applies, in words, e.g. <c>strictly below: a value equal to the threshold fails</c>.</summary>
    public string Wording =>
        Side switch
        {
            PassingSide.Below => "strictly below: a value equal to the threshold fails",
            PassingSide.Above => "strictly above: a value equal to the threshold fails",
            PassingSide.AtMost => "at most: a value equal to the threshold passes",
            _ => "at least: a value equal to the threshold passes",
        };

    /// <inheritdoc />
    public override string ToString() => Describe(v => v.ToString(CultureInfo.InvariantCulture));
}
