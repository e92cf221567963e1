using PuppeteerSharp;

namespace PovertyRules.Cli.Tests;

/// <summary>The planning page as a province office sees it: opened from disk in a real headless chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanningReportBrowserTests(PlanningReportBrowserTests.Run run) : IClassFixture<PlanningReportBrowserTests.Run>
{
    [Fact]
    public async Task The_timeline_chart_shows_a_column_per_year_with_the_counties_that_de_cap_in_it()
    {
        var (page, errors, browser) = await Open(run.PlanCheck);
        await using (browser)
        {
            errors.Should().BeEmpty();
            var counts = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#timeline svg g.year')).map(g => g.getAttribute('data-year') + ':' + g.getAttribute('data-count'))");
            counts.Should().Equal("2015:0", "2016:0", "2017:1", "2018:1", "2019:0", "2020:1", "later:0");
            (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#schedule-table tbody tr').length")).Should().Be(3);
            (await page.EvaluateExpressionAsync<string>("document.querySelector('#schedule-table tr[data-code=\"439903\"] td.decapping').textContent")).Should().Be("2020");
            (await page.EvaluateExpressionAsync<string>("document.getElementById('per-day').textContent")).Should().Be("2,589.09");
            (await page.EvaluateExpressionAsync<string>("document.getElementById('early-share').className")).Should().Be("fail");
        }
    }

    [Fact]
    public async Task The_allocation_table_shows_every_county_and_a_total_equal_to_the_fund()
    {
        var (page, errors, browser) = await Open(run.Allocate);
        await using (browser)
        {
            errors.Should().BeEmpty();
            var amounts = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#allocation-table tbody td.amount')).map(c => c.getAttribute('data-value'))");
            amounts.Should().HaveCount(5);
            amounts.Sum(a => long.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100_000_000);
            (await page.EvaluateExpressionAsync<string>("document.getElementById('allocation-total').textContent")).Should().Be("100,000,000");
        }
    }

    private static async Task<(IPage Page, List<string> Errors, IBrowser Browser)> Open(string report)
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
        await page.GoToAsync(new Uri(report).AbsoluteUri, WaitUntilNavigation.Load);
        return (page, errors, browser);
    }

    /// <summary>A plan check with the sample counties' own plans and an allocation, shared by the browser tests.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples", "planning");
            var check = Povrules.Run(Directory.Path, "plan-check", "--plan", Path.Combine(samples, "hunan-2016-plan.json"), "--counties", Path.Combine(samples, "county-plans.csv"), "--out", "check");
            var allocate = Povrules.Run(Directory.Path, "allocate", "--profile", "CN-2016", "--fund", "100000000", "--counties", Path.Combine(samples, "allocation.csv"), "--out", "allocate");
            if (check.ExitCode != 1 || allocate.ExitCode != 0)
            {
                throw new InvalidOperationException($"The planning runs for the browser tests failed: {check}\n{allocate}");
            }

            PlanCheck = Path.Combine(Directory["check"], "planning.html");
            Allocate = Path.Combine(Directory["allocate"], "planning.html");
        }

        internal TempDirectory Directory { get; } = new();

        public string PlanCheck { get; }

        public string Allocate { get; }

        public void Dispose() => Directory.Dispose();
    }
}
