namespace PovertyRules.Planning;

/// <summary>
/// Whole-unit splits (people, yuan) by the largest-remainder method: each part gets the integer part of its exact
/// quota, and the units left go one each to the parts with the largest fractional remainders, ties broken by the
/// key's ordinal order (the county code), so a split never creates or loses a unit and is the same on every run.
/// </summary>
internal static class Apportionment
{
    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/>, no part above its cap: a part whose
    /// quota would pass its cap gets the cap, and the rest is split again among the others.
    /// </summary>
    /// <exception cref="InvalidOperationException">The caps sum to less than <paramref name="total"/>.</exception>
    public static long[] Split(long total, IReadOnlyList<decimal> weights, IReadOnlyList<long> caps, IReadOnlyList<string> keys)
    {
        var n = weights.Count;
        var result = new long[n];
        var free = Enumerable.Range(0, n).Where(i => caps[i] > 0 && weights[i] > 0).ToList();
        var remaining = total;
        while (remaining > 0)
        {
            var weight = free.Sum(i => weights[i]);
            if (weight == 0)
            {
                throw new InvalidOperationException($"{remaining} units are left to split and no part can take them.");
            }

            var quotas = free.ToDictionary(i => i, i => remaining * weights[i] / weight);
            var over = free.Where(i => quotas[i] > caps[i]).ToList();
            if (over.Count > 0)
            {
                foreach (var i in over)
                {
                    result[i] = caps[i];
                    remaining -= caps[i];
                    free.Remove(i);
                }

                continue;
            }

            Round(remaining, free, quotas, result, keys);
            remaining = 0;
        }

        return result;
    }

    /// <summary>
    /// Splits <paramref name="total"/> so that part i is as near <c>t × scores[i]</c> as the bounds allow, for the one
    /// scale t at which the bounded parts sum to the total: a part below <paramref name="floor"/> is raised to it, one
    /// above <paramref name="cap"/> lowered to it, and the others share the rest in proportion to their scores.
    /// </summary>
    /// <returns>The exact (bounded) quotas and the whole parts.</returns>
    /// <exception cref="InvalidOperationException">The bounds cannot all hold: n × floor above the total, or the total above what the caps allow.</exception>
    public static (decimal[] Quotas, long[] Parts) Bounded(long total, IReadOnlyList<decimal> scores, long floor, long cap, IReadOnlyList<string> keys)
    {
        var n = scores.Count;
        if (floor * (long)n > total)
        {
            throw new InvalidOperationException($"the floor of {floor:#,0} for each of {n} counties needs {floor * (long)n:#,0}, more than the total of {total:#,0}.");
        }

        var most = Enumerable.Range(0, n).Sum(i => scores[i] > 0 ? cap : floor);
        if (most < total)
        {
            throw new InvalidOperationException(
                $"the cap of {cap:#,0} a county lets the counties take at most {most:#,0} (counties with a score of zero keep the floor of {floor:#,0}), less than the total of {total:#,0}.");
        }

        decimal Clamp(decimal value) => Math.Min(cap, Math.Max(floor, value));
        decimal Sum(decimal t) => Enumerable.Range(0, n).Sum(i => Clamp(t * scores[i]));

        // The bounded sum grows with t and bends only where a part reaches its floor or its cap.
        var bends = Enumerable.Range(0, n).Where(i => scores[i] > 0).SelectMany(i => new[] { floor / scores[i], cap / scores[i] }).Distinct().Order().ToList();
        decimal scale;
        if (bends.Count == 0 || total == floor * (long)n)
        {
            scale = 0;
        }
        else
        {
            var upper = bends.FindIndex(b => Sum(b) >= total);
            var low = upper <= 0 ? 0m : bends[upper - 1];
            var high = bends[Math.Max(upper, 0)];
            var middle = (low + high) / 2;
            var fixedPart = 0m;
            var slope = 0m;
            for (var i = 0; i < n; i++)
            {
                var value = middle * scores[i];
                if (scores[i] > 0 && value > floor && value < cap)
                {
                    slope += scores[i];
                }
                else
                {
                    fixedPart += Clamp(value);
                }
            }

            scale = slope == 0 ? high : (total - fixedPart) / slope;
        }

        var quotas = Enumerable.Range(0, n).Select(i => Clamp(scale * scores[i])).ToArray();
        var parts = new long[n];
        Round(total, Enumerable.Range(0, n).ToList(), Enumerable.Range(0, n).ToDictionary(i => i, i => quotas[i]), parts, keys);
        return (quotas, parts);
    }

    private static void Round(long total, List<int> parts, Dictionary<int, decimal> quotas, long[] result, IReadOnlyList<string> keys)
    {
        var given = 0L;
        foreach (var i in parts)
        {
            result[i] = (long)decimal.Floor(quotas[i]);
            given += result[i];
        }

        var left = total - given;
        if (left < 0 || left > parts.Count)
        {
            throw new InvalidOperationException($"the quotas' integer parts sum to {given}, not within {parts.Count} of {total}.");
        }

        foreach (var i in parts.OrderByDescending(i => quotas[i] - decimal.Floor(quotas[i])).ThenBy(i => keys[i], StringComparer.Ordinal).Take((int)left))
        {
            result[i]++;
        }
    }
}
