using System.Runtime.InteropServices;

namespace PovertyRules.Assessment;

/// <summary>
/// The state a streaming check keeps for every key it has seen (household ids in a bulk run, household
/// numbers and ID numbers in a roster): a 64-bit hash of the key (or the key itself, when it fits: an ID number's 17
/// digits), never 0, and one 32-bit number (a line or a record's position), side by side in one flat array of 12-byte
/// slots (at most three quarters full), instead of the strings themselves. A number above 4,294,967,295 is kept as that.
/// </summary>
/// <remarks>
/// Two different keys share a 64-bit hash with probability about n²/2⁶⁵: under 10⁻⁵ for 10 million keys, so a
/// reported repeat is checked against nothing else. A table made for an expected number of keys is sized for it once
/// (any size, not a power of two), so that it never grows past it by doubling and holding both arrays at once. Key and
/// line share a slot because a table of millions of keys is far larger than the processor's caches: a lookup then
/// costs one memory access where two arrays cost two.
/// </remarks>
internal sealed class CompactHashMap
{
    private Slot[] _slots;
    private int _count;

    /// <summary>A table for about <paramref name="expected"/> keys (0: unknown, start small and grow).</summary>
    public CompactHashMap(long expected = 0)
    {
        _slots = new Slot[(int)Math.Clamp(expected * 4 / 3 + 1, OpenAddressing.Smallest, Array.MaxLength)];
    }

    public int Count => _count;

    /// <summary>The slots' length, for tests of the sizing.</summary>
    internal int Capacity => _slots.Length;

    /// <summary>Adds <paramref name="key"/> (not 0) with <paramref name="value"/>; <c>false</c> and the first value when it was there.</summary>
    public bool TryAdd(ulong key, long value, out long existing)
    {
        if (OpenAddressing.Full(_count, _slots.Length))
        {
            _slots = OpenAddressing.Doubled(_slots);
        }

        var slot = OpenAddressing.Find(_slots, key);
        if (_slots[slot].Key == key)
        {
            existing = _slots[slot].Value;
            return false;
        }

        _slots[slot] = new Slot(key, (uint)Math.Min(value, uint.MaxValue));
        _count++;
        existing = 0;
        return true;
    }

    /// <summary>Starts fetching <paramref name="key"/>'s slot from memory, for a <see cref="TryAdd"/> of it soon after (<see cref="OpenAddressing.Prefetch"/>).</summary>
    public void Prefetch(ulong key) => OpenAddressing.Prefetch(_slots, key);

    /// <summary>Whether <paramref name="key"/> was added.</summary>
    public bool Contains(ulong key) => _slots[OpenAddressing.Find(_slots, key)].Key == key;

    /// <summary>A key and its value packed in 12 bytes (no padding to 16).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, uint Value) : IHashSlot;
}
