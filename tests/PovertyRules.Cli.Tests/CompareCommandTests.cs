namespace PovertyRules.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Compare_writes_the_impact_report_and_its_transition_matrix_in_the_html_report()
    {
        File.WriteAllText(_dir["raised.json"], """
            { "id": "RAISED-2016", "name": "Line 4,000", "base": "CN-2016",
              "povertyLines": { "2016": { "value": 4000, "unit": "yuan/person/year", "citation": "Working group", "verified": false } } }
            """);

        var run = Povrules.Run(_dir.Path, "compare", "--baseline", "CN-2016", "--changed", "raised.json", "--synthetic", "2000", "--out", "cmp");

        run.ExitCode.Should().BeOneOf([0, 1], run.ToString());
        run.Output.Should().Contain("Transitions: Households").And.Contain("HH-INCOME");
        foreach (var file in new[] { "impact.json", "impact.csv", "changed-records.csv", "summary.json", "report.html" })
        {
            File.Exists(Path.Combine(_dir["cmp"], file)).Should().BeTrue(file);
        }

        var html = File.ReadAllText(Path.Combine(_dir["cmp"], "report.html"));
        html.Should().Contain("id=\"compare\"").And.Contain("class=\"matrix\" data-level=\"household\"").And.Contain("RAISED-2016");
        html.Should().Contain("data-from=\"MayExit\" data-to=\"RemainsPoor\"");
        var comparison = ResultFiles.Summary(_dir["cmp"]).GetProperty("comparison");
        comparison.GetProperty("differences").EnumerateArray().Should().Contain(d => d.GetProperty("name").GetString() == "povertyLines.2016");
        var households = comparison.GetProperty("levels").EnumerateArray().First();
        households.GetProperty("changed").GetInt64().Should().BeGreaterThan(0);
        households.GetProperty("records").GetInt64().Should().Be(2000);
    }

    [Fact]
    public void Compare_needs_both_profiles()
    {
        var run = Povrules.Run(_dir.Path, "compare", "--baseline", "CN-2016", "--synthetic", "10");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--changed");
    }

    public void Dispose() => _dir.Dispose();
}
