namespace PovertyRules.Cli.Tests;

/// <summary>The repository's sample export (GB18030, labels, village names) evaluated the way the README does it in C#.</summary>
public sealed class SampleRosterTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("roster-gb18030-labels.csv")]
    [InlineData("roster-utf8-codes.csv")]
    [InlineData("roster.xlsx")]
    [InlineData("roster.xls")]
    public void The_sample_export_with_its_supplement_and_a_declared_assumption_gives_the_six_outcomes_the_README_lists(string export)
    {
        File.WriteAllText(_dir["village-codes.csv"], "name,code\n大坪村,360730101201\n石门村,360730101202\n高岭村,360730101203\n");

        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2019", "--income-year", "2019",
            "--households", Path.Combine(Samples, export), "--supplement", Path.Combine(Samples, "supplement.csv"),
            "--village-codes", "village-codes.csv", "--assume", "no-excluded-category=县扶贫办 2019 清理台账");

        run.ExitCode.Should().Be(0, run.ToString());
        ResultFiles.Csv(_dir["povrules-out/households.csv"]).Select(r => r["status"]).Should().Equal(
            "MayExit", "RemainsPoor", "Undetermined", "MayExit", "IneligibleWronglyRegistered", "RemainsPoor");
        var assumptions = ResultFiles.Summary(_dir["povrules-out"]).GetProperty("profile").GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()).ToList();
        assumptions.Should().ContainSingle().Which.Should().StartWith("no-excluded-category: ").And.EndWith("(县扶贫办 2019 清理台账)");
        File.ReadAllText(_dir["povrules-out/report.html"]).Should().Contain("县扶贫办 2019 清理台账");
    }

    [Fact]
    public void An_assumption_without_a_citation_is_a_usage_error()
    {
        var run = Povrules.Run(_dir.Path, "evaluate", "--profile", "CN-2019", "--households", Path.Combine(Samples, "roster-utf8-codes.csv"),
            "--assume", "no-excluded-category");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("needs its citation");
    }

    public void Dispose() => _dir.Dispose();
}
