using PovertyRules.Rules;

namespace PovertyRules.Distance;

/// <summary>
/// The searches a distance makes with a rule's own comparison, so that the amount found is the least that passes that
/// comparison (strict or not, on counts or on amounts), never one derived from a rounded figure.
/// </summary>
internal static class DistanceSearch
{
    // An estimate beyond any per-capita amount is not tried (and cannot overflow the additions).
    private const decimal MaxEstimate = 1e15m;

    /// <summary>
    /// The least whole number of yuan (0 or more) that, added to <paramref name="value"/>, passes; the test can only
    /// pass more as the value grows, and some addition passes.
    /// </summary>
    public static decimal LeastYuan(decimal value, Func<decimal, bool> passes) => LeastYuan(value, passes, null);

    /// <summary>
    /// As <see cref="LeastYuan(decimal, Func{decimal, bool})"/>, trying first the whole yuan at and just above
    /// <paramref name="near"/> (the gap to a line, which is the answer unless something else also limits the value):
    /// one of them is the answer when it passes and one yuan less does not. Otherwise, or with no estimate, it searches.
    /// </summary>
    public static decimal LeastYuan(decimal value, Func<decimal, bool> passes, decimal? near)
    {
        if (passes(value))
        {
            return 0m;
        }

        if (near is > 0m and < MaxEstimate)
        {
            var above = decimal.Floor(near.Value) + 1m;
            if (passes(value + above))
            {
                var below = above - 1m;
                if (!passes(value + below))
                {
                    return above;
                }

                if (below >= 1m && !passes(value + below - 1m))
                {
                    return below;
                }
            }
        }

        decimal low = 0m, high = 1m;
        while (!passes(value + high))
        {
            low = high;
            high *= 2m;
        }

        while (high - low > 1m)
        {
            var mid = decimal.Floor((low + high) / 2m);
            if (passes(value + mid))
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }

    /// <summary>
    /// The least <c>k</c> from 0 to <paramref name="max"/> for which <paramref name="passes"/> holds, where it holds
    /// for every larger <c>k</c> once it holds; <c>null</c> when it does not hold even at <paramref name="max"/>.
    /// </summary>
    public static int? LeastCount(int max, Func<int, bool> passes)
    {
        if (!passes(max))
        {
            return null;
        }

        int low = -1, high = max;
        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            if (passes(mid))
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }

    /// <summary>
    /// The passing count of cases nearest to <paramref name="found"/> out of <paramref name="sampled"/>: for a rate that
    /// must stay low, the most cases that still pass; for one that must be high, the fewest that pass; <c>null</c> when
    /// no count from 0 to <paramref name="sampled"/> passes.
    /// </summary>
    public static int? NearestPassingCount(Threshold threshold, int found, int sampled)
    {
        if (threshold.IsUpperBound)
        {
            var fewer = LeastCount(found, k => threshold.Passes(found - k, sampled));
            return fewer is { } k ? found - k : null;
        }

        var more = LeastCount(Math.Max(0, sampled - found), k => threshold.Passes(found + k, sampled));
        return more is { } m ? found + m : null;
    }
}
