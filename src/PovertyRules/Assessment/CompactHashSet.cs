namespace PovertyRules.Assessment;

/// <summary>
/// The keys a streaming check has seen when it needs only whether a key came before, not where (a roll-up's household
/// ids): <see cref="CompactHashMap"/>'s table without the value, 8 bytes a slot instead of 12, at most three quarters
/// full. Keys are 64-bit hashes, never 0.
/// </summary>
/// <remarks>
/// At ten million persons a roll-up sees about 2.2 million households; its table then holds 4.2 million slots, and a
/// third less of them is about 17 MB, plus as much again of the table it outgrew, which stays until a full collection.
/// </remarks>
internal sealed class CompactHashSet
{
    private const int Smallest = 1024;
    private ulong[] _slots = new ulong[Smallest];
    private int _count;

    public int Count => _count;

    /// <summary>Adds <paramref name="key"/> (not 0); <c>false</c> when it was there.</summary>
    public bool Add(ulong key)
    {
        if ((_count + 1) * 4L > _slots.Length * 3L)
        {
            Grow();
        }

        var slots = _slots;
        var slot = CompactHashMap.Index(key, slots.Length);
        while (slots[slot] != 0)
        {
            if (slots[slot] == key)
            {
                return false;
            }

            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        slots[slot] = key;
        _count++;
        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[(int)Math.Min(old.Length * 2L, Array.MaxLength)];
        _count = 0;
        foreach (var key in old)
        {
            if (key != 0)
            {
                Add(key);
            }
        }
    }
}
