namespace PovertyRules.Cli.Tests;

/// <summary>The console summary, summary.json, the result files and the HTML report show the same numbers.</summary>
public sealed class ReportAgreementTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Console_summary_result_files_and_report_agree_on_every_level()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--synthetic", "120000", "--seed", "3", "--out", "run");

        run.ExitCode.Should().Be(1, "the synthetic register has a few malformed records: " + run);
        var directory = _dir["run"];
        var summary = ResultFiles.Summary(directory);
        var html = File.ReadAllText(Path.Combine(directory, "report.html"));
        foreach (var (level, name, file) in new[] { ("household", "Households", "households.csv"), ("village", "Villages", "villages.csv"), ("county", "Counties", "counties.csv") })
        {
            var fromFile = ResultFiles.StatusCounts(Path.Combine(directory, file));
            fromFile.Should().NotBeEmpty(level);
            ResultFiles.SummaryStatuses(summary, level).Should().BeEquivalentTo(fromFile, $"summary.json and {file}");
            ResultFiles.ReportStatuses(html, level).Should().BeEquivalentTo(fromFile, $"the report and {file}");
            ResultFiles.ConsoleStatuses(run.Output, name).Should().BeEquivalentTo(fromFile, $"the console and {file}");
        }

        var households = ResultFiles.Csv(Path.Combine(directory, "households.csv"));
        var failedIncome = households.Count(r => r["failed"].Split(';', ',', ' ').Contains("HH-INCOME"));
        var criterion = summary.GetProperty("failingCriteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "HH-INCOME");
        criterion.GetProperty("records").GetInt64().Should().Be(failedIncome, "the failing-criteria count agrees with the household file");
        html.Should().Contain($"data-id=\"HH-INCOME\"><td>").And.Contain($"<td class=\"n records\">{failedIncome:N0}</td>");
        summary.GetProperty("counts").GetProperty("householdsRead").GetInt64().Should().Be(households.Count);
        html.Should().Contain($"<td id=\"households-read\">{households.Count:N0}</td>");
    }

    public void Dispose() => _dir.Dispose();
}
