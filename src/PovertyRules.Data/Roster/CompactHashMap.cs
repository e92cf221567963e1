using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PovertyRules.Data.Roster;

/// <summary>
/// The state a streaming check keeps for every key it has seen (household numbers, ID numbers): a 64-bit hash of the
/// key and one 32-bit number (a line), in two flat arrays (12 bytes a slot, at most three quarters full), instead of the strings themselves.
/// </summary>
/// <remarks>
/// Two different keys share a 64-bit hash with probability about n²/2⁶⁵: under 10⁻⁵ for 10 million keys, so a
/// reported repeat is checked against nothing else.
/// </remarks>
internal sealed class CompactHashMap
{
    private ulong[] _keys = new ulong[1024];
    private uint[] _values = new uint[1024];
    private int _count;

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

        var mask = _keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == key)
            {
                existing = _values[slot];
                return false;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _values[slot] = (uint)Math.Min(value, uint.MaxValue);
        _count++;
        existing = 0;
        return true;
    }

    public bool Contains(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == key)
            {
                return true;
            }

            slot = (slot + 1) & mask;
        }

        return false;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new uint[keys.Length * 2];
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
