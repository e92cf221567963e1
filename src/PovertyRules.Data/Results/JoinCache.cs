namespace PovertyRules.Data.Results;

/// <summary>
/// The joined text of the rule-id lists a writer meets again and again (most households share a handful of failed or
/// unknown sets): the same lists give the same string, joined once.
/// </summary>
internal sealed class JoinCache
{
    private const int Size = 32;
    private readonly (IReadOnlyList<string> Ids, string Joined)[] _entries = new (IReadOnlyList<string>, string)[Size];
    private int _next;

    /// <summary>The ids joined by <c>;</c>; <c>null</c> for none.</summary>
    public string? Join(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return null;
        }

        foreach (var (seen, joined) in _entries)
        {
            if (seen is not null && Same(seen, ids))
            {
                return joined;
            }
        }

        var text = string.Join(';', ids);
        _entries[_next] = ([.. ids], text);
        _next = (_next + 1) % Size;
        return text;
    }

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
