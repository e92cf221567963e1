using System.Collections.Immutable;

namespace PovertyRules.Model;

/// <summary>Defensive copies that keep model records immutable whatever collection a caller passes.</summary>
internal static class Frozen
{
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? value) =>
        value switch
        {
            null => ImmutableArray<T>.Empty,
            ImmutableArray<T> frozen => frozen,
            _ => ImmutableArray.CreateRange(value),
        };

    public static IReadOnlyList<T>? CopyOrNull<T>(IReadOnlyList<T>? value) => value is null ? null : Copy(value);
}
