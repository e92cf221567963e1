using PuppeteerSharp;
using Xunit.Abstractions;

namespace PovertyRules.Cli.Tests;

/// <summary>The report as a county office sees it: opened from disk in a real headless chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(ReportBrowserTests.Run run, ITestOutputHelper log) : IClassFixture<ReportBrowserTests.Run>
{
    [Fact]
    public async Task The_report_loads_without_console_errors_and_shows_every_county_and_a_known_county_incidence()
    {
        var (page, errors, browser) = await Open();
        await using (browser)
        {
            errors.Should().BeEmpty();
            var rows = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#county-table tbody tr').length");
            rows.Should().Be(run.Counties.Count).And.BeGreaterThan(2);
            (await page.EvaluateExpressionAsync<string>("document.getElementById('county-count').textContent")).Should().Be(run.Counties.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

            var known = run.Counties[1];
            var shown = await page.EvaluateExpressionAsync<string>($"document.querySelector('#county-table tr[data-code=\"{known.Code}\"] td.incidence').textContent");
            shown.Should().Be(known.Incidence, $"county {known.Code}'s incidence in counties.csv");
            (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#chart svg g.bar').length")).Should().Be(run.Counties.Count);
            (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#villages details').length")).Should().Be(run.Counties.Count);
        }
    }

    [Fact]
    public async Task Sorting_by_incidence_reorders_the_county_table_ascending_then_descending()
    {
        var (page, errors, browser) = await Open();
        await using (browser)
        {
            const string order = "Array.from(document.querySelectorAll('#county-table tbody tr')).map(r => r.getAttribute('data-code'))";
            const string values = "Array.from(document.querySelectorAll('#county-table tbody td.incidence')).map(c => c.getAttribute('data-value'))";
            var before = await page.EvaluateExpressionAsync<string[]>(order);
            before.Should().BeInAscendingOrder(StringComparer.Ordinal, "the table starts in code order");

            await page.ClickAsync("#county-table th[data-key=incidence]");
            var ascending = (await page.EvaluateExpressionAsync<string[]>(values)).Where(v => v.Length > 0).Select(Decimal).ToList();
            ascending.Should().BeInAscendingOrder();
            var after = await page.EvaluateExpressionAsync<string[]>(order);
            after.Should().NotEqual(before, "the synthetic counties' incidences are not in code order (seed fixed)");
            after.Should().BeEquivalentTo(before, "sorting keeps every county");

            await page.ClickAsync("#county-table th[data-key=incidence]");
            (await page.EvaluateExpressionAsync<string[]>(values)).Where(v => v.Length > 0).Select(Decimal).Should().BeInDescendingOrder();
            errors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Each_county_shows_its_distance_to_exit_as_the_result_file_has_it()
    {
        var (page, errors, browser) = await Open();
        await using (browser)
        {
            foreach (var (code, distance) in run.Distances)
            {
                var shown = await page.EvaluateExpressionAsync<string>($"document.querySelector('#county-table tr[data-code=\"{code}\"] td.distance').textContent");
                shown.Should().Be(distance.Length == 0 ? "–" : distance, $"county {code}'s distance in counties.csv");
            }

            run.Distances.Should().Contain(d => d.Distance.StartsWith("CNT-", StringComparison.Ordinal), "some synthetic county remains designated");
            errors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task A_screenshot_of_the_report_is_written()
    {
        var (page, _, browser) = await Open();
        await using (browser)
        {
            var path = Path.Combine(run.Directory.Path, "report.png");
            await page.EvaluateExpressionAsync("document.getElementById('outcomes').scrollIntoView()");
            await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = false });

            var bytes = await File.ReadAllBytesAsync(path);
            bytes.Length.Should().BeGreaterThan(10_000);
            bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            if (Environment.GetEnvironmentVariable("POVERTYRULES_SCREENSHOT") is { Length: > 0 } copy)
            {
                File.Copy(path, copy, overwrite: true);
            }

            log.WriteLine($"screenshot: {path} ({bytes.Length:N0} bytes)");
        }
    }

    [Fact]
    public void A_missing_browser_fails_with_a_message_naming_the_test_script()
    {
        var find = () => Chromium.Find("/nonexistent/chromium", ["/nonexistent/usr/bin/chromium"]);

        find.Should().Throw<InvalidOperationException>().WithMessage("*scripts/test.sh*chromium and fonts-noto-cjk*");
    }

    private static decimal Decimal(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(IPage Page, List<string> Errors, IBrowser Browser)> Open()
    {
        var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        page.RequestFailed += (_, e) => errors.Add("request failed: " + e.Request.Url);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 1000 });
        await page.GoToAsync(new Uri(run.Report).AbsoluteUri, WaitUntilNavigation.Load);
        return (page, errors, browser);
    }

    /// <summary>One demo run of a synthetic province with several counties, shared by the browser tests.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            var result = Povrules.Run(Directory.Path, "demo", "-n", "400000", "--seed", "11", "--out", "out");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("The demo run for the browser tests failed: " + result);
            }

            Report = Path.Combine(Directory["out"], "report.html");
            Counties = [.. ResultFiles.Csv(Path.Combine(Directory["out"], "counties.csv"))
                .Select(r => (r["id"], r["incidence"].Length == 0 ? "–" : (decimal.Parse(r["incidence"], System.Globalization.CultureInfo.InvariantCulture) * 100m).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "%"))
                .Select(c => (Code: c.Item1, Incidence: c.Item2)).OrderBy(c => c.Code, StringComparer.Ordinal)];
            Distances = [.. ResultFiles.Csv(Path.Combine(Directory["out"], "counties.csv")).Select(r => (Code: r["id"], Distance: r["distance"]))];
        }

        internal TempDirectory Directory { get; } = new();

        public string Report { get; }

        public IReadOnlyList<(string Code, string Incidence)> Counties { get; }

        /// <summary>Each county's distance to exit as counties.csv has it.</summary>
        public IReadOnlyList<(string Code, string Distance)> Distances { get; }

        public void Dispose() => Directory.Dispose();
    }
}
