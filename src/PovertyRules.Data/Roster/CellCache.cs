namespace PovertyRules.Data.Roster;

/// <summary>
/// Turns a row's cells into strings without allocating one string a cell: a value the previous row had in the same
/// column (household columns repeat on every member row) is that row's string again, and a code column's few values
/// (与户主关系 01, 文化程度 03 …) are kept once each. Only values that are new (ID numbers, person numbers, names) allocate.
/// </summary>
internal sealed class CellCache
{
    /// <summary>At most this many distinct values are kept for one code column; past it, values allocate as before.</summary>
    private const int MostCodes = 256;

    private readonly string?[] _previous = new string?[ColumnCatalogue.Count];
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?[] _codes =
        new Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?[ColumnCatalogue.Count];
#else
    // .NET 8 has no span lookup into a dictionary; a code column's values are few, so a scan of a list serves.
    private readonly List<string>?[] _codes = new List<string>?[ColumnCatalogue.Count];
#endif

    public CellCache()
    {
        foreach (var column in Coded)
        {
#if NET9_0_OR_GREATER
            _codes[(int)column] = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
#else
            _codes[(int)column] = [];
#endif
        }
    }

    /// <summary>Columns whose values come from a short list: a code table, a yes/no, a small number.</summary>
    private static RosterColumn[] Coded =>
    [
        RosterColumn.HouseholdSize, RosterColumn.DangerousHousing, RosterColumn.HousingGrade, RosterColumn.SafeDrinkingWater,
        RosterColumn.Attribute, RosterColumn.ExitFlag, RosterColumn.IdentificationStandard, RosterColumn.MainPovertyCause,
        RosterColumn.PovertyCause1, RosterColumn.Relationship, RosterColumn.Sex, RosterColumn.Education, RosterColumn.Schooling,
        RosterColumn.Health, RosterColumn.Labour, RosterColumn.MonthsMigrantWork, RosterColumn.CriticalIllnessInsured,
    ];

    /// <summary>The cell as a string equal to <paramref name="cell"/>; <c>null</c> when it is empty.</summary>
    public string? Get(int column, ReadOnlySpan<char> cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (_previous[column] is { } previous && cell.SequenceEqual(previous))
        {
            return previous;
        }

        string text;
        if (_codes[column] is { } codes)
        {
            if (!TryFind(codes, cell, out text!))
            {
                text = cell.ToString();
                Keep(codes, text);
            }
        }
        else
        {
            text = cell.ToString();
        }

        _previous[column] = text;
        return text;
    }

#if NET9_0_OR_GREATER
    private static bool TryFind(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, ReadOnlySpan<char> cell, out string? text) =>
        codes.TryGetValue(cell, out text);

    private static void Keep(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, string text)
    {
        if (codes.Dictionary.Count < MostCodes)
        {
            codes.Dictionary[text] = text;
        }
    }
#else
    private static bool TryFind(List<string> codes, ReadOnlySpan<char> cell, out string? text)
    {
        foreach (var code in codes)
        {
            if (cell.SequenceEqual(code))
            {
                text = code;
                return true;
            }
        }

        text = null;
        return false;
    }

    private static void Keep(List<string> codes, string text)
    {
        if (codes.Count < MostCodes)
        {
            codes.Add(text);
        }
    }
#endif
}
