using System.Diagnostics;

namespace PovertyRules.Cli.Tests;

public sealed class InterruptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Ctrl_C_stops_the_run_with_complete_records_only_and_says_the_run_was_partial()
    {
        var run = Povrules.Run(_dir.Path, TimeSpan.FromMinutes(5), Interrupt, "demo", "-n", "20000000", "--out", "partial");

        run.ExitCode.Should().Be(130, run.ToString());
        run.Output.Should().Contain("The run was interrupted");
        var summary = ResultFiles.Summary(_dir["partial"]);
        summary.GetProperty("partial").GetBoolean().Should().BeTrue();
        var read = summary.GetProperty("counts").GetProperty("householdsRead").GetInt64();
        read.Should().BeInRange(1, 19_999_999);
        var rows = ResultFiles.Csv(Path.Combine(_dir["partial"], "households.csv"));
        rows.Should().HaveCount((int)read, "records in = results out, even for a partial run");
        rows.Should().OnlyContain(r => r["status"].Length > 0 && r["rule_set_version"].Length > 0, "every row written is complete");
        File.ReadAllText(Path.Combine(_dir["partial"], "report.html")).Should().Contain("id=\"partial\"");
    }

    /// <summary>Waits until the households file is being written, then sends SIGINT, as Ctrl+C in a terminal does.</summary>
    private void Interrupt(Process process)
    {
        var households = Path.Combine(_dir["partial"], "households.csv");
        var clock = Stopwatch.StartNew();
        while ((!File.Exists(households) || new FileInfo(households).Length < 1_000_000) && clock.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
        {
            Thread.Sleep(100);
        }

        using var kill = Process.Start("kill", ["-s", "INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose() => _dir.Dispose();
}
