namespace PovertyRules.Data.Roster;

/// <summary>
/// Turns a row's cells into strings without allocating one string a cell: a value the previous row had in the same
/// column (household columns repeat on every member row) is that row's string again, and a code column's few values
/// (与户主关系 01, 文化程度 03 …) are kept once each. Only values that are new (ID numbers, person numbers, names) allocate.
/// </summary>
internal sealed class CellCache
{
    private readonly string?[] _previous = new string?[ColumnCatalogue.Count];
    private readonly CodeCells?[] _codes = new CodeCells?[ColumnCatalogue.Count];

    public CellCache()
    {
        foreach (var column in Coded)
        {
            _codes[(int)column] = new CodeCells();
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

        var text = _codes[column] is { } codes ? codes.Get(cell) : cell.ToString();
        _previous[column] = text;
        return text;
    }

    /// <summary>
    /// One code column's distinct values, in a small open-addressing table probed by a hash of the cell's length and
    /// first and last characters: cheaper than a dictionary's full string hash for cells of one to a few characters,
    /// and a code column holds few distinct values. Past <see cref="MostCodes"/> values, cells allocate as they come.
    /// </summary>
    private sealed class CodeCells
    {
        /// <summary>At most this many distinct values are kept for one code column (three quarters of the slots).</summary>
        private const int MostCodes = 192;
        private const int Slots = 256;
        private readonly string?[] _slots = new string?[Slots];
        private int _count;

        public string Get(ReadOnlySpan<char> cell)
        {
            var slots = _slots;
            var slot = (int)((uint)((cell.Length * 31) + (cell[0] * 7) + cell[^1]) % Slots);
            while (slots[slot] is { } known)
            {
                if (cell.SequenceEqual(known))
                {
                    return known;
                }

                slot = (slot + 1) % Slots;
            }

            var text = cell.ToString();
            if (_count < MostCodes)
            {
                slots[slot] = text;
                _count++;
            }

            return text;
        }
    }
}
