using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PovertyRules.Data.Roster;

/// <summary>
/// The state a streaming check keeps for every key it has seen (household numbers, ID numbers): a 64-bit hash of the
/// key (or the key itself, when it fits: an ID number's 17 digits) and one 32-bit number (a line), in two flat arrays
/// (12 bytes a slot, at most three quarters full), instead of the strings themselves.
/// </summary>
/// <remarks>
/// Two different keys share a 64-bit hash with probability about n²/2⁶⁵: under 10⁻⁵ for 10 million keys, so a
/// reported repeat is checked against nothing else. A table made for an expected number of keys is sized for it once
/// (any size, not a power of two), so that it never grows past it by doubling and holding both arrays at once.
/// </remarks>
internal sealed class CompactHashMap
{
    private const int Smallest = 1024;
    private ulong[] _keys;
    private uint[] _values;
    private int _count;

    /// <summary>A table for about <paramref name="expected"/> keys (0: unknown, start small and grow).</summary>
    public CompactHashMap(long expected = 0)
    {
        var slots = (int)Math.Clamp(expected * 4 / 3 + 1, Smallest, Array.MaxLength);
        _keys = new ulong[slots];
        _values = new uint[slots];
    }

    public int Count => _count;

    public static ulong Hash(string key)
    {
        var hash = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));
        return hash == 0 ? 1 : hash;
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>; when it is already there, returns false and its value.</summary>
    public bool TryAdd(ulong key, long value, out long existing)
    {
        if ((_count + 1) * 4L > _keys.Length * 3L)
        {
            Grow();
        }

        var keys = _keys;
        var slot = Slot(key, keys.Length);
        while (keys[slot] != 0)
        {
            if (keys[slot] == key)
            {
                existing = _values[slot];
                return false;
            }

            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        keys[slot] = key;
        _values[slot] = (uint)Math.Min(value, uint.MaxValue);
        _count++;
        existing = 0;
        return true;
    }

    public bool Contains(ulong key)
    {
        var keys = _keys;
        var slot = Slot(key, keys.Length);
        while (keys[slot] != 0)
        {
            if (keys[slot] == key)
            {
                return true;
            }

            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        return false;
    }

    /// <summary>
    /// The key's home slot: its bits mixed (keys may be plain numbers, not hashes), then mapped onto the table by a
    /// multiply-shift, which needs no power-of-two size.
    /// </summary>
    private static int Slot(ulong key, int length)
    {
        var mixed = unchecked((key ^ (key >> 31)) * 0x9E3779B97F4A7C15UL);
        return (int)(((mixed >> 32) * (ulong)length) >> 32);
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var slots = (int)Math.Min(keys.Length * 2L, Array.MaxLength);
        _keys = new ulong[slots];
        _values = new uint[slots];
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                TryAdd(keys[i], values[i], out _);
            }
        }
    }
}
