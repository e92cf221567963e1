using System.Text.RegularExpressions;
using PovertyRules.Cli.Reporting;

namespace PovertyRules.Cli.Tests;

public sealed class HtmlReportTests
{
    private static RunReport Report(string name, string source) => new()
    {
        Command = "evaluate",
        Source = source,
        Profile = new ProfileReceipt("CN-2016", "National <2016>", 2016, "abc", "1.0", ["a: \"quoted\" & <b>bold</b> (x)"], []),
        GeneratedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Counts = new RunCounts { HouseholdsRead = 1, HouseholdResults = 1 },
        Counties =
        [
            new CountyRow
            {
                Code = "431226", Name = name, Status = "RemainsDesignated", Households = 1, People = 3, Incidence = 0.025m, Threshold = 0.02m,
                Villages = [new VillageRow("431226101201", name, "RemainsListed", 1, 3, 100, 0.03m, 0.02m, ["VIL-ROAD"], [])],
            },
        ],
        InvalidRecords = [new RunReport.InvalidReason(Levels.Household, "Members[].IdNumber", 1, "'<img src=x onerror=alert(1)>' is not an ID")],
    };

    [Fact]
    public void Every_value_from_the_data_is_html_encoded()
    {
        var html = HtmlReport.Render(Report("<script>alert('x')</script>", "roster <a href=\"http://example.org\">.csv"));

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<a href=");
        html.Should().Contain("&lt;script&gt;").And.Contain("&lt;img src=x").And.Contain("National &lt;2016&gt;");
        Regex.Matches(html, "<script>").Should().HaveCount(1, "the one inline script is the report's own");
    }

    [Fact]
    public void The_report_loads_nothing_from_the_network()
    {
        var html = HtmlReport.Render(Report("大坪县", "roster.csv"));

        html.Should().NotContainAny("<link", "@import", "url(", "src=\"http", "href=\"http", "<iframe", "@font-face");
        Regex.Matches(html, "https?://").Select(m => html.Substring(m.Index, 30)).Should().OnlyContain(s => s.StartsWith("http://www.w3.org/2000/svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_text_is_kept_as_text_and_labels_are_bilingual()
    {
        var html = HtmlReport.Render(Report("大坪县", "roster.csv"));

        html.Should().Contain("大坪县").And.Contain("贫困发生率").And.Contain("Incidence").And.Contain("<meta charset=\"utf-8\">");
    }

    [Fact]
    public void Incidence_at_the_threshold_is_shown_as_failing_in_the_chart()
    {
        var report = Report("A", "s") with
        {
            Counties = [new CountyRow { Code = "450121", Status = "RemainsDesignated", Incidence = 0.02m, Threshold = 0.02m }],
        };

        var html = HtmlReport.Render(report);

        html.Should().Contain("<rect class=\"fail\"").And.NotContain("<rect class=\"pass\"");
    }
}
