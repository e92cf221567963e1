using System.Buffers;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace PovertyRules.Data.Results;

/// <summary>Where rows of text cells go: one class per format, all streaming.</summary>
internal abstract class ResultSink : IDisposable
{
    public abstract void Write(string?[] row);

    public abstract void Dispose();
}

/// <summary>
/// CSV by hand: Sylvan's writer copies from a data reader, while results are produced one row at a time; RFC 4180
/// quoting is all this needs.
/// </summary>
internal sealed class CsvSink : ResultSink
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    private readonly StreamWriter _writer;

    public CsvSink(Stream stream, string[] columns)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        Write(columns);
    }

    public override void Write(string?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var cell = row[i];
            if (cell is null)
            {
                continue;
            }

            if (cell.AsSpan().IndexOfAny(Special) < 0)
            {
                _writer.Write(cell);
            }
            else
            {
                _writer.Write('"');
                _writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
        }

        _writer.Write('\n');
    }

    public override void Dispose() => _writer.Dispose();
}

/// <summary>JSON Lines: one object a row, blank cells left out.</summary>
internal sealed class JsonLinesSink : ResultSink
{
    private readonly Stream _stream;
    private readonly string[] _columns;
    private readonly Utf8JsonWriter _json;

    public JsonLinesSink(Stream stream, string[] columns)
    {
        _stream = new BufferedStream(stream, 1 << 16);
        _columns = columns;
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public override void Write(string?[] row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is { } cell)
            {
                _json.WriteString(_columns[i], cell);
            }
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public override void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}

/// <summary>Parquet: rows held per row group, written column by column, every column an optional string.</summary>
internal sealed class ParquetSink : ResultSink
{
    private readonly Stream _stream;
    private readonly DataField[] _fields;
    private readonly List<string?>[] _columns;
    private readonly int _rowGroupSize;
    private readonly ParquetWriter _writer;

    public ParquetSink(Stream stream, string[] columns, int rowGroupSize)
    {
        _stream = stream;
        _fields = [.. columns.Select(c => new DataField(c, typeof(string), isNullable: true))];
        _columns = [.. columns.Select(_ => new List<string?>(Math.Min(rowGroupSize, 1 << 16)))];
        _rowGroupSize = rowGroupSize;
        var schema = new ParquetSchema(_fields);
        _writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
    }

    public override void Write(string?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            _columns[i].Add(row[i]);
        }

        if (_columns[0].Count >= _rowGroupSize)
        {
            Flush();
        }
    }

    public override void Dispose()
    {
        if (_columns[0].Count > 0)
        {
            Flush();
        }

        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    private void Flush()
    {
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                group.WriteAsync(_fields[i], _columns[i], null).GetAwaiter().GetResult();
                _columns[i].Clear();
            }
        }
    }
}
