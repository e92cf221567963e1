namespace PovertyRules.Cli.Tests;

public sealed class GenerateAndEvaluateTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_generated_roster_export_evaluates_with_its_supplement_villages_and_counties_and_reports_its_input_errors()
    {
        var generate = Povrules.Run(_dir.Path, "generate", "-n", "2000", "--seed", "7", "--format", "roster", "--out", "province");
        generate.ExitCode.Should().Be(0, generate.ToString());
        var roster = File.ReadAllBytes(Path.Combine(_dir["province"], "roster.csv"));
        roster.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "a UTF-8 BOM lets spreadsheet software read the Chinese headers");
        File.ReadLines(Path.Combine(_dir["province"], "roster.csv")).First().Should().StartWith("户编号,行政区划代码,人数");

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--households", "province/roster.csv",
            "--supplement", "province/supplement.csv", "--villages", "province/villages.csv", "--counties", "province/counties.csv", "--out", "results");

        // The synthetic register leaves some members' ages unknown; their rows carry no ID number, which the reader reports.
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("Members[].IdNumber").And.Contain("Input errors were found");
        var summary = ResultFiles.Summary(_dir["results"]);
        var counts = summary.GetProperty("counts");
        counts.GetProperty("householdsRead").GetInt64().Should().Be(2000);
        counts.GetProperty("householdResults").GetInt64().Should().Be(2000);
        counts.GetProperty("villagesRead").GetInt64().Should().BeGreaterThan(0);
        counts.GetProperty("countiesRead").GetInt64().Should().Be(1);
        ResultFiles.Csv(Path.Combine(_dir["results"], "households.csv")).Should().HaveCount(2000);
        summary.GetProperty("statuses").EnumerateArray().Should().Contain(s => s.GetProperty("status").GetString() == "MayExit" && s.GetProperty("records").GetInt64() > 1000);
    }

    [Fact]
    public void Our_schema_as_CSV_files_and_as_a_SQLite_database_give_the_same_outcomes()
    {
        Povrules.Run(_dir.Path, "generate", "-n", "1500", "--format", "schema", "--out", "schema").ExitCode.Should().Be(0);
        Povrules.Run(_dir.Path, "generate", "-n", "1500", "--format", "sqlite", "--out", "sqlite").ExitCode.Should().Be(0);

        var csv = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--households", "schema/register.csv", "--supplement", "schema/supplement.csv",
            "--villages", "schema/villages.csv", "--counties", "schema/counties.csv", "--out", "from-csv", "--json");
        var database = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--database", "Data Source=sqlite/register.db", "--out", "from-db", "--json");

        csv.ExitCode.Should().Be(database.ExitCode, csv + "\n" + database);
        var fromCsv = ResultFiles.Summary(_dir["from-csv"]);
        var fromDb = ResultFiles.Summary(_dir["from-db"]);
        fromDb.GetProperty("counts").GetProperty("householdsRead").GetInt64().Should().Be(1500);
        foreach (var level in new[] { "household", "village", "county" })
        {
            ResultFiles.SummaryStatuses(fromDb, level).Should().BeEquivalentTo(ResultFiles.SummaryStatuses(fromCsv, level), level);
        }
    }

    [Fact]
    public void A_missing_roster_file_is_a_usage_error_naming_the_file()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--households", "nowhere.csv");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--households: the file nowhere.csv does not exist");
        Directory.Exists(_dir["povrules-out"]).Should().BeFalse();
    }

    [Fact]
    public void A_roster_without_a_required_column_is_a_usage_error_listing_the_headers_found()
    {
        File.WriteAllText(_dir["bad.csv"], "户编号,姓名\nH1,张三\n");

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--households", "bad.csv");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("证件号码");
    }

    [Fact]
    public void A_county_file_with_a_bad_value_is_a_usage_error_naming_the_file_row_and_column()
    {
        Povrules.Run(_dir.Path, "generate", "-n", "300", "--out", "p").ExitCode.Should().Be(0);
        File.WriteAllText(_dir["counties.csv"], "county_code,rural_population\n430121,many\n");

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--households", "p/roster.csv", "--counties", "counties.csv");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("counties.csv, data row:1 [rural_population]").And.Contain("rural_population").And.Contain("'many' is not a number");
    }

    [Fact]
    public void An_unknown_profile_is_a_usage_error_listing_the_built_in_ones()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-1999", "--synthetic", "10");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("'CN-1999' is neither a built-in profile").And.Contain("CN-2016");
    }

    [Fact]
    public void Two_sources_at_once_is_a_usage_error()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--synthetic", "10", "--database", "Data Source=x.db");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("exactly one source of households");
    }

    [Fact]
    public void A_missing_SQLite_database_is_a_usage_error_and_is_not_created()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2016", "--database", "Data Source=absent.db");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("absent.db").And.Contain("cannot be opened");
        File.Exists(_dir["absent.db"]).Should().BeFalse();
    }

    [Fact]
    public void A_profile_overlay_file_is_accepted_as_the_profile()
    {
        File.WriteAllText(_dir["proposal.json"], """
            { "id": "PROPOSAL-2016", "name": "Line 4,000", "base": "CN-2016",
              "povertyLines": { "2016": { "value": 4000, "unit": "yuan/person/year", "citation": "Working group", "verified": false } } }
            """);

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "proposal.json", "--synthetic", "500", "--json");

        run.ExitCode.Should().BeOneOf([0, 1], run.ToString());
        ResultFiles.Summary(_dir["povrules-out"]).GetProperty("profile").GetProperty("id").GetString().Should().Be("PROPOSAL-2016");
    }

    public void Dispose() => _dir.Dispose();
}
