using System.Collections;

namespace PovertyRules.Data;

/// <summary>
/// The village or county descriptors read from one table: the rows that could be read, as records in table order, and
/// the rows that could not, as <see cref="Rejected"/> results naming table, row, column and reason. Every row read is
/// one or the other. Immutable.
/// </summary>
/// <typeparam name="TRecord"><see cref="Model.Village"/> or <see cref="Model.County"/>.</typeparam>
/// <example>
/// <code>
/// var villages = RegisterSchema.Villages(villageRows, "villages");
/// var hierarchy = engine.AssessHierarchy(assessments, villages, counties, profile);
/// foreach (var rejected in villages.Rejected) writer.Write(rejected);     // InvalidInput rows, with their locations
/// </code>
/// </example>
public sealed class DescriptorTable<TRecord> : IReadOnlyList<TRecord>
    where TRecord : class
{
    private readonly IReadOnlyList<TRecord> _records;

    internal DescriptorTable(string sourceName, IReadOnlyList<TRecord> records, IReadOnlyList<RejectedRow> rejected, long rowsRead)
    {
        SourceName = sourceName;
        _records = records;
        Rejected = rejected;
        RowsRead = rowsRead;
    }

    /// <summary>The table's name, as locations give it.</summary>
    public string SourceName { get; }

    /// <summary>Rows read from the table.</summary>
    public long RowsRead { get; }

    /// <summary>Rows that could not be read, in table order; each is an invalid-input result.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; }

    /// <summary>Whether every row read is a record or a rejected row (records in = results out).</summary>
    public bool Reconciles => RowsRead == _records.Count + Rejected.Count;

    /// <summary>The records read.</summary>
    public int Count => _records.Count;

    /// <summary>The record at <paramref name="index"/>, in table order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the records.</exception>
    public TRecord this[int index] => _records[index];

    /// <summary>The records, in table order.</summary>
    public IEnumerator<TRecord> GetEnumerator() => _records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><c>table: N rows read, R records, J rejected</c>.</summary>
    public override string ToString() => $"{SourceName}: {RowsRead} rows read, {Count} records, {Rejected.Count} rejected";
}
