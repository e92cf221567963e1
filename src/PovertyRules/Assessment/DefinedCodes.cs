using System.Runtime.CompilerServices;

namespace PovertyRules.Assessment;

/// <summary>
/// Whether a value is one of an enum's named codes, as <see cref="Enum.IsDefined{TEnum}(TEnum)"/> answers, from a
/// lookup table built once: the validator asks it about every field of every record of a bulk run.
/// </summary>
internal static class DefinedCodes<TEnum>
    where TEnum : struct, Enum
{
    private const int MaxTableSpan = 4096;

    private static readonly bool UseTable = Unsafe.SizeOf<TEnum>() == sizeof(int);
    private static readonly int Min;
    private static readonly bool[] Table = [];

    static DefinedCodes()
    {
        if (!UseTable)
        {
            return;
        }

        var values = Enum.GetValues<TEnum>().Select(v => Unsafe.As<TEnum, int>(ref v)).ToArray();
        if (values.Length == 0 || (long)values.Max() - values.Min() >= MaxTableSpan)
        {
            UseTable = false;
            return;
        }

        Min = values.Min();
        Table = new bool[values.Max() - Min + 1];
        foreach (var value in values)
        {
            Table[value - Min] = true;
        }
    }

    public static bool IsDefined(TEnum value)
    {
        if (!UseTable)
        {
            return Enum.IsDefined(value);
        }

        var offset = (long)Unsafe.As<TEnum, int>(ref value) - Min;
        return (ulong)offset < (ulong)Table.Length && Table[offset];
    }
}
