using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Bulk;

/// <summary>Record sources that fail on purpose: the fault injection of the bulk tests.</summary>
internal static class FaultySources
{
    /// <summary>
    /// Households <c>H0</c>, <c>H1</c>, … that throw <paramref name="failure"/> instead of giving record number
    /// <paramref name="failAfter"/> (so exactly <paramref name="failAfter"/> records are read).
    /// </summary>
    public static IEnumerable<Household?> FailingAfter(int failAfter, Exception failure, Func<int, Household>? make = null)
    {
        make ??= i => Households.Exiting($"H{i}");
        for (var i = 0; ; i++)
        {
            if (i == failAfter)
            {
                throw failure;
            }

            yield return make(i);
        }
    }

    /// <summary>Reads every result until the stream ends or throws; returns the results and what was thrown.</summary>
    public static (List<T> Results, Exception? Thrown) Drain<T>(IEnumerable<T> stream)
    {
        var results = new List<T>();
        try
        {
            foreach (var result in stream)
            {
                results.Add(result);
            }
        }
        catch (Exception e)
        {
            return (results, e);
        }

        return (results, null);
    }

    /// <summary>A source whose <c>GetEnumerator</c> throws: the register could not be opened at all.</summary>
    public sealed class Unopenable(Exception failure) : IEnumerable<Household?>
    {
        public IEnumerator<Household?> GetEnumerator() => throw failure;

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
