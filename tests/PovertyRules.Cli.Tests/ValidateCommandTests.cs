namespace PovertyRules.Cli.Tests;

/// <summary><c>validate</c> run as a process over the repository's sample export, as shipped and with a defect planted.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_sample_export_as_shipped_passes_every_data_quality_check()
    {
        var run = Povrules.Run(_dir.Path, "validate", "--profile", "CN-2019", "--households", Path.Combine(Samples, "roster-utf8-codes.csv"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("0 with an error");
    }

    [Fact]
    public void A_sex_that_contradicts_the_id_number_is_an_error_at_its_row_and_column_and_exit_code_1()
    {
        var lines = File.ReadAllLines(Path.Combine(Samples, "roster-utf8-codes.csv"));
        var header = lines[0].Split(',');
        var cells = lines[2].Split(',');
        cells[Array.IndexOf(header, "性别")] = "1";
        lines[2] = string.Join(',', cells);
        File.WriteAllLines(_dir["roster.csv"], lines);

        var run = Povrules.Run(_dir.Path, "validate", "--profile", "CN-2019", "--households", "roster.csv");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("DQ-ID-SEX-MATCH").And.Contain("roster.csv:3 [性别]").And.Contain("1 with an error");
    }

    [Fact]
    public void The_json_summary_counts_the_findings_by_check()
    {
        var run = Povrules.Run(_dir.Path, "--json", "validate", "--profile", "CN-2019", "--households", Path.Combine(Samples, "roster-utf8-codes.csv"));

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("withErrors").GetInt32().Should().Be(0);
        json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Contain("DQ-ID-CHECKSUM");
    }

    public void Dispose() => _dir.Dispose();
}
