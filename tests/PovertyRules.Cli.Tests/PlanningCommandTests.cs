using System.Text.Json;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Cli.Tests;

/// <summary><c>schedule</c>, <c>plan-check</c> and <c>allocate</c> run as processes over the planning samples.</summary>
public sealed class PlanningCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "planning");
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Schedule_from_the_counties_own_plans_writes_each_county_year_and_the_year_it_can_de_cap()
    {
        var run = Povrules.Run(_dir.Path, "schedule", "--profile", "CN-2016", "--base-year", "2015", "--counties", Path.Combine(Samples, "county-plans.csv"), "--out", "out");

        run.ExitCode.Should().Be(0, run.ToString());
        var decapping = ResultFiles.Csv(_dir["out/decapping.csv"]).ToDictionary(r => r["code"], r => r["decapping_year"]);
        // 439902: 20,000 → 12,000 → 4,000 of 250,000 = 1.6% in 2017; 439901: 36,000 → … → 4,000 of 300,000 = 1.33% in 2018;
        // 439903: 60,000 → … → 11,000 of 400,000 = 2.75% in 2019, 5,000 = 1.25% in 2020.
        decapping.Should().Equal(new Dictionary<string, string> { ["439901"] = "2018", ["439902"] = "2017", ["439903"] = "2020" });
        var rows = ResultFiles.Csv(_dir["out/schedule.csv"]);
        rows.Should().HaveCount(3 * 6);
        rows.Single(r => r["code"] == "439903" && r["year"] == "2019").Should().Contain(new Dictionary<string, string> { ["remaining"] = "11000", ["incidence"] = "0.0275", ["within_threshold"] = "false" });
        File.ReadAllText(_dir["out/planning.html"]).Should().Contain("id=\"timeline\"");
    }

    [Fact]
    public void Schedule_splitting_the_province_targets_agrees_with_the_library_and_conserves_every_person()
    {
        File.WriteAllText(_dir["targets.csv"], "year,reduction\n2016,60000\n2017,60000\n2018,40000\n");

        var run = Povrules.Run(_dir.Path, "--json", "schedule", "--profile", "CN-2016", "--base-year", "2015", "--counties", Path.Combine(Samples, "counties.csv"), "--targets", "targets.csv", "--split", "incidence", "--out", "out");

        run.ExitCode.Should().Be(0, run.ToString());
        var rows = ResultFiles.Csv(_dir["out/schedule.csv"]);
        rows.Where(r => r["year"] != "2015").Sum(r => long.Parse(r["reduction"], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(160_000);
        var counties = File.ReadAllLines(Path.Combine(Samples, "counties.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => new CountyPlanInput(c[0], c[1], long.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var expected = DecappingSchedule.Project(PolicyProfiles.Find("CN-2016")!, 2015, counties, new Dictionary<int, long> { [2016] = 60_000, [2017] = 60_000, [2018] = 40_000 }, SplitRule.ByIncidence);
        rows.Select(r => (r["code"], r["year"], r["remaining"])).Should().Equal(expected.Counties.SelectMany(c => c.Years.Select(y => (c.Code, y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("counties").GetInt32().Should().Be(6);
    }

    [Fact]
    public void A_county_row_missing_its_registered_poor_is_a_usage_error_naming_the_row_and_column()
    {
        File.WriteAllText(_dir["bad.csv"], "code,name,rural_population,registered_poor\n439901,a,1000,10\n439902,b,1000,\n");

        var run = Povrules.Run(_dir.Path, "schedule", "--profile", "CN-2016", "--base-year", "2015", "--counties", "bad.csv");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("bad.csv, data row 2, column registered_poor: empty; a missing figure is not taken as zero.");
    }

    [Fact]
    public void Plan_check_of_the_article_plan_prints_59_months_1796_days_and_the_79_6_percent_and_exits_1()
    {
        var run = Povrules.Run(_dir.Path, "plan-check", "--plan", Path.Combine(Samples, "hunan-2016-plan.json"), "--out", "out");

        run.ExitCode.Should().Be(1, "the first three years reach 79.57%, below the stated 80%: " + run);
        run.Output.Should().Contain("first 3 years: 3,700,000 of 4,650,000 = 79.6% (79.57%), below the stated 80%")
            .And.Contain("59 months, 1,796 days: 78,813.56 a month, 2,589.09 a day").And.Contain("plan not met");
        using var json = JsonDocument.Parse(File.ReadAllText(_dir["out/plan-check.json"]));
        json.RootElement.GetProperty("everyoneOut").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("earlySharePercent").GetDecimal().Should().Be(79.6m);
        File.ReadAllText(_dir["out/planning.html"]).Should().Contain("id=\"early-share\" class=\"fail\" data-value=\"79.6\"");
    }

    [Fact]
    public void Plan_check_with_counties_lists_those_scheduled_after_the_target_year()
    {
        var plan = File.ReadAllText(Path.Combine(Samples, "hunan-2016-plan.json")).Replace("\"targetYear\": 2020", "\"targetYear\": 2019", StringComparison.Ordinal);
        File.WriteAllText(_dir["plan.json"], plan);

        var run = Povrules.Run(_dir.Path, "plan-check", "--plan", "plan.json", "--counties", Path.Combine(Samples, "county-plans.csv"), "--out", "out");

        run.Output.Should().Contain("counties after 2019: 439903");
        File.Exists(_dir["out/decapping.csv"]).Should().BeTrue();
    }

    [Fact]
    public void Allocate_writes_amounts_that_sum_to_the_fund_and_agree_with_the_library()
    {
        var run = Povrules.Run(_dir.Path, "allocate", "--profile", "CN-2016", "--fund", "100000000", "--counties", Path.Combine(Samples, "allocation.csv"), "--out", "out");

        run.ExitCode.Should().Be(0, run.ToString());
        var rows = ResultFiles.Csv(_dir["out/allocation.csv"]);
        rows.Sum(r => long.Parse(r["amount"], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100_000_000);
        var counties = File.ReadAllLines(Path.Combine(Samples, "allocation.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => new AllocationCounty(c[0], c[1], long.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), long.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture), c[5])).ToList();
        var expected = FundAllocation.Allocate(PolicyProfiles.Find("CN-2016")!, 100_000_000, counties);
        rows.Select(r => (r["code"], r["amount"], r["explanation"])).Should().Equal(expected.Counties.Select(c => (c.Code, c.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Explanation)));
        File.ReadAllText(_dir["out/planning.html"]).Should().Contain("id=\"allocation-total\">100,000,000<");
    }

    [Fact]
    public void Allocate_with_a_floor_the_fund_cannot_give_is_a_usage_error_saying_why()
    {
        File.WriteAllText(_dir["floor.json"], """{ "id": "floor", "name": "floor", "base": "CN-2016", "parameters": { "allocationFloor": { "value": 30000000, "citation": "test", "verified": false } } }""");

        var run = Povrules.Run(_dir.Path, "allocate", "--profile", "floor.json", "--fund", "100000000", "--counties", Path.Combine(Samples, "allocation.csv"));

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("the floor of 30,000,000 for each of 5 counties needs 150,000,000, more than the total of 100,000,000");
    }

    public void Dispose() => _dir.Dispose();
}
