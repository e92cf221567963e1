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
    private Slot[] _slots = new Slot[OpenAddressing.Smallest];
    private int _count;

    public int Count => _count;

    /// <summary>Adds <paramref name="key"/> (not 0); <c>false</c> when it was there.</summary>
    public bool Add(ulong key)
    {
        if (OpenAddressing.Full(_count, _slots.Length))
        {
            _slots = OpenAddressing.Doubled(_slots);
        }

        var slot = OpenAddressing.Find(_slots, key);
        if (_slots[slot].Key == key)
        {
            return false;
        }

        _slots[slot] = new Slot(key);
        _count++;
        return true;
    }

    /// <summary>A key alone, 8 bytes.</summary>
    private readonly record struct Slot(ulong Key) : IHashSlot;
}
