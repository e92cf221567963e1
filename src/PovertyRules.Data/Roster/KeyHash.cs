using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PovertyRules.Data.Roster;

/// <summary>The 64-bit key a roster check keeps for a string (a household number) in a <see cref="Assessment.CompactHashMap"/>.</summary>
internal static class KeyHash
{
    /// <summary>XxHash64 of <paramref name="key"/>'s UTF-16 code units, never 0 (0 marks an empty slot).</summary>
    public static ulong Of(string key)
    {
        var hash = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));
        return hash == 0 ? 1 : hash;
    }
}
