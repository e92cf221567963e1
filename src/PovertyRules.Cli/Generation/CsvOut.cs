using System.Text;

namespace PovertyRules.Cli.Generation;

/// <summary>A CSV file written row by row (RFC 4180 quoting; UTF-8 with a BOM, so that spreadsheet software reads the Chinese headers).</summary>
internal sealed class CsvOut : IDisposable
{
    private readonly StreamWriter _writer;

    public CsvOut(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        Row(header);
    }

    public long Rows { get; private set; } = -1;

    public void Row(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var cell = cells[i];
            if (cell is null)
            {
                continue;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(cell);
            }
        }

        _writer.Write('\n');
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
