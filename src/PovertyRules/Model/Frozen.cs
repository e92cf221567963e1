using System.Collections.Immutable;

namespace PovertyRules.Model;

/// <summary>Defensive copies that keep model records immutable whatever collection a caller passes.</summary>
internal static class Frozen
{
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? value) =>
        value switch
        {
            null => ImmutableArray<T>.Empty,

            // default(ImmutableArray<T>) is the struct's null: enumerating it throws, so it reads as no list at all.
            ImmutableArray<T> { IsDefault: true } => ImmutableArray<T>.Empty,
            ImmutableArray<T> frozen => frozen,
            _ => ImmutableArray.CreateRange(value),
        };

    public static IReadOnlyList<T>? CopyOrNull<T>(IReadOnlyList<T>? value) =>
        value is null or ImmutableArray<T> { IsDefault: true } ? null : Copy(value);
}
