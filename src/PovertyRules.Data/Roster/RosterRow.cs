namespace PovertyRules.Data.Roster;

/// <summary>One person row: its cells by column and its line. Reused once its household is built.</summary>
internal sealed class RosterRow
{
    public string?[] Cells { get; } = new string?[ColumnCatalogue.Count];

    public long Line { get; set; }

    public string? this[RosterColumn column] => Cells[(int)column];
}
