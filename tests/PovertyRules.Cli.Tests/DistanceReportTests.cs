using System.Text.RegularExpressions;

namespace PovertyRules.Cli.Tests;

/// <summary>The distance to exit in a real run: the result files' distance column, and the report's section and columns agreeing with it.</summary>
public sealed class DistanceReportTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly TempDirectory _dir = new();

    [Fact]
    public void The_result_files_carry_each_records_distance_and_the_report_counts_the_changes_of_the_households_that_remain_poor()
    {
        File.WriteAllText(_dir["village-codes.csv"], "name,code\n大坪村,360730101201\n石门村,360730101202\n高岭村,360730101203\n");

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2019", "--income-year", "2019",
            "--households", Path.Combine(Samples, "roster-utf8-codes.csv"), "--supplement", Path.Combine(Samples, "supplement.csv"),
            "--village-codes", "village-codes.csv", "--assume", "no-excluded-category=县扶贫办 2019 清理台账");

        run.ExitCode.Should().Be(0, run.ToString());
        var households = ResultFiles.Csv(_dir["povrules-out/households.csv"]);
        households.Should().AllSatisfy(r => r["distance"].Should().NotBeEmpty());
        households.Where(r => r["status"] == "MayExit").Should().AllSatisfy(r => r["distance"].Should().Be("reached"));
        households.Where(r => r["status"] == "IneligibleWronglyRegistered").Should().AllSatisfy(r => r["distance"].Should().Be("wrongly registered"));
        households.Where(r => r["status"] == "Undetermined").Should().AllSatisfy(r => r["distance"].Should().StartWith("collect: "));
        var poor = households.Where(r => r["status"] == "RemainsPoor").ToList();
        poor.Should().NotBeEmpty().And.AllSatisfy(r => r["distance"].Should().MatchRegex("^(HH|PROC)-"));

        var changes = ResultFiles.Summary(_dir["povrules-out"]).GetProperty("householdChanges").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("households").GetInt64());
        var incomeRows = poor.Count(r => r["distance"].Contains("HH-INCOME 2019 +", StringComparison.Ordinal));
        changes.GetValueOrDefault("RaiseIncome").Should().Be(incomeRows);
        changes.GetValueOrDefault("CompleteProcedureStep").Should().Be(poor.Count(r => r["distance"].Contains("PROC-", StringComparison.Ordinal)));

        var html = File.ReadAllText(_dir["povrules-out/report.html"]);
        html.Should().Contain("id=\"distance-table\"").And.Contain("Distance to exit of the households that remain poor");
        Regex.Match(html, "<tr data-kind=\"RaiseIncome\">.*?<td class=\"n households\">([0-9,]+)</td>").Groups[1].Value.Should().Be(incomeRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Should().Contain("Distance to delisting");
    }

    public void Dispose() => _dir.Dispose();
}
