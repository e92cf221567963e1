using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace PovertyRules.Data.Roster;

/// <summary>
/// Rows of cells as text, whatever holds them (a CSV file, an Excel sheet, a database query), with the 1-based line or
/// row number a location names.
/// </summary>
internal abstract class RowSource : IDisposable
{
    protected RowSource(string name) => Name = name;

    /// <summary>The file or source name locations carry.</summary>
    public string Name { get; }

    /// <summary>The current row's 1-based number: the line of a CSV record, the row of a sheet, the ordinal of a query row.</summary>
    public long Line { get; protected set; }

    /// <summary>The header when the source names its columns itself (a database query); otherwise it is one of the rows.</summary>
    public virtual IReadOnlyList<string>? FixedHeader => null;

    public abstract int FieldCount { get; }

    /// <summary>
    /// Moves to the next row; <c>false</c> at the end, and from the first row that cannot be read as a row at all
    /// (a CSV record with malformed quoting), which <see cref="Failure"/> then names.
    /// </summary>
    public abstract bool Read();

    /// <summary>Where and why the source stopped before its end; <c>null</c> while it reads (and after a normal end).</summary>
    public RowSourceFailure? Failure { get; protected set; }

    /// <summary>About how many rows the source holds (0 when it cannot tell cheaply), to size per-row state once.</summary>
    public virtual long EstimatedRows => 0;

    /// <summary>The cell trimmed, or <c>null</c> when blank or absent.</summary>
    public abstract string? Get(int ordinal);

    /// <summary>Whether <see cref="GetSpan"/> reads a cell without making a string of it (CSV); otherwise <see cref="Get"/> is the cheaper.</summary>
    public virtual bool ReadsSpans => false;

    /// <summary>The cell trimmed, empty when blank or absent; valid until the next <see cref="Read"/>. Allocates nothing for CSV.</summary>
    public virtual ReadOnlySpan<char> GetSpan(int ordinal) => Get(ordinal).AsSpan();

    public abstract void Dispose();

    protected static string? Text(object? value) =>
        value switch
        {
            null or DBNull => null,
            string s => Blank(s),
            double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
            float f => f.ToString("0.######", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => Blank(value.ToString() ?? string.Empty),
        };

    protected static string? Blank(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}

/// <summary>A CSV file through Sylvan's reader, headers read as an ordinary row (a title row may come first).</summary>
internal sealed class CsvRowSource : RowSource
{
    private readonly CsvDataReader _reader;

    public CsvRowSource(string name, TextReader text, long estimatedRows = 0)
        : base(name)
    {
        EstimatedRows = estimatedRows;
        _reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, BufferSize = 1 << 16 });
    }

    public override long EstimatedRows { get; }

    public override bool ReadsSpans => true;

    public override int FieldCount => _reader.RowFieldCount;

    public override bool Read()
    {
        if (Failure is not null)
        {
            return false;
        }

        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            // The parser cannot tell where the broken record ends (a quote left open swallows every line after it),
            // so no later row can be trusted: the source ends here and says why.
            Failure = new RowSourceFailure(Line + 1, e.FieldOrdinal, Reason(e));
            return false;
        }

        Line++;
        return true;
    }

    private static string Reason(CsvFormatException e) =>
        e switch
        {
            CsvRecordTooLargeException => "a record is longer than the reader's 64 KB buffer (a quote left open, or no line breaks)",
            _ => $"malformed CSV quoting: {e.Message.TrimEnd('.')}",
        };

    public override string? Get(int ordinal)
    {
        var span = GetSpan(ordinal);
        return span.Length == 0 ? null : span.ToString();
    }

    public override ReadOnlySpan<char> GetSpan(int ordinal) =>
        ordinal >= _reader.RowFieldCount ? default : _reader.GetFieldSpan(ordinal).Trim();

    public override void Dispose() => _reader.Dispose();
}

/// <summary>An Excel sheet (<c>.xlsx</c> or <c>.xls</c>) through ExcelDataReader.</summary>
internal sealed class ExcelRowSource : RowSource
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    static ExcelRowSource()
    {
        // .xls (BIFF) files name their code page; .NET ships the legacy code pages but does not register them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public ExcelRowSource(string name, Stream stream, string? sheet)
        : base(name)
    {
        _stream = stream;
        _reader = ExcelReaderFactory.CreateReader(stream);
        if (sheet is null)
        {
            return;
        }

        var seen = new List<string>();
        while (!string.Equals(_reader.Name, sheet, StringComparison.Ordinal))
        {
            seen.Add(_reader.Name);
            if (!_reader.NextResult())
            {
                _reader.Dispose();
                throw new RosterFormatException($"{name} has no sheet named '{sheet}'; its sheets are {string.Join(", ", seen.Select(s => $"'{s}'"))}.");
            }
        }
    }

    public override int FieldCount => _reader.FieldCount;

    public override bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        Line++;
        return true;
    }

    public override string? Get(int ordinal) => ordinal < _reader.FieldCount ? Text(_reader.GetValue(ordinal)) : null;

    public override void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}

/// <summary>Any ADO.NET data reader: the columns' names are the header.</summary>
internal sealed class DataReaderRowSource : RowSource
{
    private readonly IDataReader _reader;
    private readonly bool _owns;

    public DataReaderRowSource(string name, IDataReader reader, bool owns)
        : base(name)
    {
        _reader = reader;
        _owns = owns;
        FixedHeader = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    public override IReadOnlyList<string>? FixedHeader { get; }

    public override int FieldCount => _reader.FieldCount;

    public override bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        Line++;
        return true;
    }

    public override string? Get(int ordinal) => Text(_reader.GetValue(ordinal));

    public override void Dispose()
    {
        if (_owns)
        {
            _reader.Dispose();
        }
    }

    public static DataReaderRowSource Over(string name, DbDataReader reader) => new(name, reader, owns: false);
}
