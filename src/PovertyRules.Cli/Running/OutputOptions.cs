using PovertyRules.Data;

namespace PovertyRules.Cli.Running;

/// <summary>Where and how a run writes its result files and report.</summary>
/// <param name="Directory">The output directory (created when missing).</param>
/// <param name="Format">The result files' format.</param>
/// <param name="Layout">One row per record, or one per finding.</param>
internal sealed record OutputOptions(string Directory, ResultFormat Format, ResultLayout Layout)
{
    public string Extension => Format switch
    {
        ResultFormat.Csv => ".csv",
        ResultFormat.JsonLines => ".jsonl",
        _ => ".parquet",
    };

    public string PathOf(string name) => Path.Combine(Directory, name);

    public ResultWriterOptions WriterOptions => new() { Format = Format, Layout = Layout };
}
