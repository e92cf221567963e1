using System.Collections;
using PovertyRules.Model;

namespace PovertyRules.Tests.Support;

/// <summary>A population that counts how often it is enumerated and how many records were read.</summary>
internal sealed class CountingPopulation(IEnumerable<Household?> households) : IEnumerable<Household?>
{
    public int Enumerations { get; private set; }

    public long Read { get; private set; }

    public IEnumerator<Household?> GetEnumerator()
    {
        Enumerations++;
        return Count(households.GetEnumerator());
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<Household?> Count(IEnumerator<Household?> inner)
    {
        using (inner)
        {
            while (inner.MoveNext())
            {
                Read++;
                yield return inner.Current;
            }
        }
    }
}
