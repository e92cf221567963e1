namespace PovertyRules.Synthetic;

/// <summary>
/// SplitMix64: a tiny, fast generator whose whole state is one number, so that every household and village can get its
/// own stream from (seed, index) and be regenerated alone, in any order, on any thread, identically on every platform
/// (<see cref="Random"/> with a seed makes no such promise across .NET versions).
/// </summary>
internal struct SplitMix
{
    private ulong _state;

    public SplitMix(int seed, ulong stream, long index) =>
        _state = unchecked(Mix(Mix((ulong)(uint)seed ^ (stream * 0xD1B54A32D192ED03UL)) ^ (ulong)index));

    public ulong Next()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            return Mix(_state);
        }
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + (int)((Next() >> 1) % (ulong)(maxExclusive - min));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary><c>true</c> but for the given shares of <c>false</c> and of <c>null</c> (not recorded).</summary>
    public bool? MostlyYes(double no, double missing)
    {
        var x = NextDouble();
        return x < missing ? null : x >= missing + no;
    }

    /// <summary><c>false</c> but for the given shares of <c>true</c> and of <c>null</c> (not recorded).</summary>
    public bool? MostlyNo(double yes, double missing) => !MostlyYes(yes, missing);

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
