namespace PovertyRules.Data.Roster;

/// <summary>
/// The last few cells of one column that parsed, each with its value, found again by the cell's string instance. The
/// <see cref="CellCache"/> gives the same instance for the same text in a code column, so a code read on the row
/// before (与户主关系 01, 文化程度 03 …) is not parsed again; any other string simply misses and is parsed.
/// </summary>
/// <typeparam name="T">The parsed value.</typeparam>
internal sealed class ParsedCells<T>
    where T : struct
{
    private const int Size = 8;
    private readonly string?[] _texts = new string?[Size];
    private readonly T[] _values = new T[Size];
    private int _next;

    /// <summary>The value <paramref name="text"/> (this very instance) parsed to, when it is one of the last few.</summary>
    public bool TryGet(string text, out T value)
    {
        var texts = _texts;
        for (var i = 0; i < texts.Length; i++)
        {
            if (ReferenceEquals(texts[i], text))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Keeps <paramref name="text"/> with the value it parsed to, in place of the oldest.</summary>
    public void Add(string text, T value)
    {
        _texts[_next] = text;
        _values[_next] = value;
        _next = (_next + 1) % Size;
    }
}
