using System.Text;
using System.Text.Unicode;

namespace PovertyRules.Data.Roster;

/// <summary>Opens a file as rows: CSV (with its encoding detected or set) or Excel, by extension.</summary>
internal static class RosterSource
{
    private const int Sample = 1 << 16;

    static RosterSource()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static bool IsExcel(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".XLSX" or ".XLS" or ".XLSM";

    public static RowSource Open(string path, RosterEncoding encoding, string? sheet, out Encoding? used)
    {
        var name = Path.GetFileName(path);
        if (IsExcel(path))
        {
            used = null;
            return new ExcelRowSource(name, File.OpenRead(path), sheet);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var sample = new byte[Sample];
        var read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        used = encoding switch
        {
            RosterEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            RosterEncoding.Gb18030 => Gb18030,
            _ => Detect(sample.AsSpan(0, read)),
        };
        stream.Position = 0;
        return new CsvRowSource(name, new StreamReader(stream, used, detectEncodingFromByteOrderMarks: used is UTF8Encoding, 1 << 16), Estimate(sample.AsSpan(0, read), stream.Length));
    }

    /// <summary>About how many lines the file holds: its length at the line density of its first 64 KB, a twentieth more.</summary>
    private static long Estimate(ReadOnlySpan<byte> sample, long length)
    {
        var lines = sample.Count((byte)'\n');
        return lines == 0 ? 0 : (long)(length / (double)sample.Length * lines * 1.05);
    }

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>
    /// UTF-8 when a byte-order mark says so or the first 64 KB decode as UTF-8 (cut at the last ASCII byte, so that a
    /// character split by the sample's end does not count against it); GB18030 otherwise, since GB18030 text is almost
    /// never valid UTF-8 once it holds a Chinese character.
    /// </summary>
    private static Encoding Detect(ReadOnlySpan<byte> span)
    {
        var read = span.Length;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (read == Sample)
        {
            var cut = span.LastIndexOfAnyInRange((byte)0, (byte)0x7F);
            span = cut < 0 ? span : span[..(cut + 1)];
        }

        return Utf8.IsValid(span) ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Gb18030;
    }
}
