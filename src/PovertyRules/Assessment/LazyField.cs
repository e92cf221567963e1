namespace PovertyRules.Assessment;

/// <summary>A field filled on first read, by whichever thread gets there first: every reader then sees the same object.</summary>
internal static class LazyField
{
    /// <summary>Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first; gives the one stored.</summary>
    public static T Keep<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;
}
