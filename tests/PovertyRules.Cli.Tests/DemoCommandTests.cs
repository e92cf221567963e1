namespace PovertyRules.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Demo_writes_results_of_every_level_and_the_report_and_prints_the_report_path()
    {
        var run = Povrules.Run(_dir.Path, "demo", "--households", "3000");

        run.ExitCode.Should().Be(0, run.ToString());
        var output = _dir["povrules-out"];
        foreach (var file in new[] { "households.csv", "villages.csv", "counties.csv", "summary.json", "report.html" })
        {
            File.Exists(Path.Combine(output, file)).Should().BeTrue(file);
        }

        ResultFiles.Csv(Path.Combine(output, "households.csv")).Should().HaveCount(3000);
        run.Output.Should().Contain("Report: " + Path.Combine(output, "report.html"));
        run.Output.Should().Contain("Outcomes per level").And.Contain("Most frequent failing criteria").And.Contain("Counties that may de-cap");
    }

    [Fact]
    public void Demo_in_Chinese_prints_Chinese_labels()
    {
        var run = Povrules.Run(_dir.Path, "demo", "-n", "500", "--out", "zh", "--lang", "zh");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("各层级评估结果").And.Contain("可脱贫").And.Contain("报告");
    }

    [Fact]
    public void Demo_with_json_prints_the_summary_the_file_holds()
    {
        var run = Povrules.Run(_dir.Path, "demo", "-n", "800", "--out", "j", "--json", "--format", "parquet");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Trim().Should().Be(File.ReadAllText(Path.Combine(_dir["j"], "summary.json")).Trim());
        File.Exists(Path.Combine(_dir["j"], "households.parquet")).Should().BeTrue();
    }

    [Fact]
    public void A_negative_household_count_is_a_usage_error()
    {
        var run = Povrules.Run(_dir.Path, "demo", "-n", "-5");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--households must be 0 or more; -5 was given");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_naming_it()
    {
        var run = Povrules.Run(_dir.Path, "demo", "--housholds", "10");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--housholds").And.Contain("povrules --help");
    }

    public void Dispose() => _dir.Dispose();
}
