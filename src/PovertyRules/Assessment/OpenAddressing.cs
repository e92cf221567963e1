using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace PovertyRules.Assessment;

/// <summary>A slot of an open-addressing table: its 64-bit key, 0 when the slot is empty.</summary>
internal interface IHashSlot
{
    ulong Key { get; }
}

/// <summary>
/// The linear probing that <see cref="CompactHashMap"/> and <see cref="CompactHashSet"/> share: where a key's slot is,
/// when a table must grow (more than three quarters full) and how it grows (doubling, every key moved).
/// </summary>
internal static class OpenAddressing
{
    /// <summary>The smallest table, in slots.</summary>
    public const int Smallest = 1024;

    /// <summary>Whether one more key would fill more than three quarters of <paramref name="length"/> slots.</summary>
    public static bool Full(int count, int length) => (count + 1) * 4L > length * 3L;

    /// <summary>The slot holding <paramref name="key"/> (not 0), or the empty slot where it belongs.</summary>
    public static int Find<TSlot>(TSlot[] slots, ulong key)
        where TSlot : struct, IHashSlot
    {
        var slot = Index(key, slots.Length);
        while (slots[slot].Key != 0 && slots[slot].Key != key)
        {
            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        return slot;
    }

    /// <summary>
    /// Asks the processor to bring <paramref name="key"/>'s first slot into its cache, and goes on: a table of millions
    /// of keys is far larger than the caches, so each lookup waits for memory, and a caller that knows a few keys ahead
    /// (the members of a household) lets those waits overlap instead of queueing. Changes nothing; a no-op where the
    /// processor has no prefetch instruction the runtime exposes.
    /// </summary>
    public static unsafe void Prefetch<TSlot>(TSlot[] slots, ulong key)
        where TSlot : struct, IHashSlot
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[Index(key, slots.Length)]));
        }
    }

    /// <summary>A table twice as long (at most <see cref="Array.MaxLength"/>) holding every key of <paramref name="old"/>.</summary>
    public static TSlot[] Doubled<TSlot>(TSlot[] old)
        where TSlot : struct, IHashSlot
    {
        var slots = new TSlot[(int)Math.Min(old.Length * 2L, Array.MaxLength)];
        foreach (var slot in old)
        {
            if (slot.Key != 0)
            {
                slots[Find(slots, slot.Key)] = slot;
            }
        }

        return slots;
    }

    /// <summary>A slot in 0..length from the key's high bits after mixing (multiply-shift: any length, no modulo).</summary>
    private static int Index(ulong key, int length)
    {
        var mixed = unchecked((key ^ (key >> 31)) * 0x9E3779B97F4A7C15UL);
        return (int)(((mixed >> 32) * (ulong)length) >> 32);
    }
}
