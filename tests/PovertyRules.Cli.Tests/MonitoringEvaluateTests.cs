using System.Text.Json;

namespace PovertyRules.Cli.Tests;

/// <summary><c>evaluate</c> of a post-2020 roster with the monitoring columns, run as a process: the monitoring counts.</summary>
public sealed class MonitoringEvaluateTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly TempDirectory _dir = new();

    /// <summary>The sample export with 风险识别时间 added and its first household exited, at 5,000 yuan, with a risk identified.</summary>
    private string PostRoster()
    {
        var lines = File.ReadAllLines(Path.Combine(Samples, "roster-utf8-codes.csv")).ToList();
        var header = lines[0].Split(',').Append("风险识别时间").ToArray();
        lines[0] = string.Join(',', header);
        var firstHousehold = lines[1].Split(',')[Array.IndexOf(header, "户编号")];
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',').Append(string.Empty).ToArray();
            if (cells[Array.IndexOf(header, "户编号")] == firstHousehold)
            {
                cells[Array.IndexOf(header, "脱贫标志")] = "1";
                cells[Array.IndexOf(header, "人均纯收入")] = "5000";
                cells[Array.IndexOf(header, "易返贫致贫户(监测对象)类型")] = "脱贫不稳定户";
                cells[Array.IndexOf(header, "风险是否消除")] = "否";
                cells[Array.IndexOf(header, "风险识别时间")] = "2021-03-15";
            }

            lines[i] = string.Join(',', cells);
        }

        File.WriteAllLines(_dir["post-2020.csv"], lines);
        return "post-2020.csv";
    }

    [Fact]
    public void Evaluate_under_a_monitoring_profile_counts_the_households_at_risk_in_the_summary_and_the_report()
    {
        var roster = PostRoster();

        var run = Povrules.Run(_dir.Path, "--json", "evaluate", "--profile", "CN-2021", "--households", roster, "--out", "out");

        using var json = JsonDocument.Parse(run.Output);
        var monitoring = json.RootElement.GetProperty("monitoring");
        monitoring.GetProperty("households").GetInt64().Should().Be(6, run.ToString());
        monitoring.GetProperty("unstableExited").GetInt64().Should().BeGreaterThanOrEqualTo(1, "the first household is exited below the 6,000 line");
        monitoring.GetProperty("notAtRisk").GetInt64().Should().Be(0, "without 刚性支出 and last year's income the hardship tests stay unknown: no household is known free of risk");
        (monitoring.GetProperty("atRisk").GetInt64() + monitoring.GetProperty("undetermined").GetInt64()).Should().Be(6);
        File.ReadAllText(Path.Combine(_dir["out"], "report.html")).Should().Contain("id=\"monitoring-at-risk\"").And.Contain("Relapse monitoring");
    }

    [Fact]
    public void The_console_summary_names_the_monitoring_counts_and_a_2019_run_has_none()
    {
        var roster = PostRoster();

        var monitored = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2021", "--households", roster, "--out", "a");
        var before = Povrules.Run(_dir.Path, "--json", "evaluate", "--profile", "CN-2019", "--households", roster, "--income-year", "2019", "--out", "b");

        monitored.Output.Should().Contain("Relapse monitoring (households at risk)").And.Contain("unstable exited");
        using var json = JsonDocument.Parse(before.Output);
        (json.RootElement.TryGetProperty("monitoring", out var value) && value.ValueKind != JsonValueKind.Null).Should().BeFalse("CN-2019 has no monitoring line");
    }

    public void Dispose() => _dir.Dispose();
}
