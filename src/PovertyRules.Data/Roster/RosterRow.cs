namespace PovertyRules.Data.Roster;

/// <summary>One person row: its cells by column and its line. Reused once its household is built.</summary>
internal sealed class RosterRow
{
    public string?[] Cells { get; } = new string?[ColumnCatalogue.Count];

    public long Line { get; set; }

    /// <summary>The row's ID number checked, as the row was read (<see cref="HouseholdBuilder.Admit"/>).</summary>
    public IdNumberFacts IdNumber { get; set; }

    /// <summary>The household number's key (<see cref="KeyHash.Of"/>) when the row was read as its household's first; otherwise 0.</summary>
    public ulong HouseholdKey { get; set; }

    public string? this[RosterColumn column] => Cells[(int)column];
}
