using System.Text.Json;

namespace PovertyRules.Cli.Tests;

public sealed class ProfilesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Profiles_list_names_every_built_in_profile()
    {
        var run = Povrules.Run(_dir.Path, "profiles", "list");

        run.ExitCode.Should().Be(0, run.ToString());
        foreach (var id in new[] { "CN-2014", "CN-2016", "CN-2020", "HN-2016", "GD-2017", "YN-DISTRICT-2018" })
        {
            run.Output.Should().Contain(id);
        }
    }

    [Fact]
    public void Profiles_show_gives_each_parameter_with_its_citation_and_verified_flag()
    {
        var run = Povrules.Run(_dir.Path, "profiles", "show", "CN-2019", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        var parameters = JsonDocument.Parse(run.Output).RootElement.GetProperty("parameters").EnumerateArray().ToList();
        var line = parameters.Single(p => p.GetProperty("name").GetString() == "povertyLines.2019");
        line.GetProperty("verified").GetBoolean().Should().BeFalse("the 2019 line is flagged unverified");
        line.GetProperty("citation").GetString().Should().NotBeNullOrWhiteSpace();
        parameters.Should().OnlyContain(p => p.GetProperty("citation").GetString()!.Length > 0);
    }

    [Fact]
    public void Profiles_diff_lists_what_changes_from_2016_to_2019()
    {
        var run = Povrules.Run(_dir.Path, "profiles", "diff", "CN-2016", "CN-2019");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("safeDrinkingWaterRequired").And.Contain("CN-2016 → CN-2019");
    }

    [Fact]
    public void Profiles_show_of_an_unknown_id_is_a_usage_error()
    {
        var run = Povrules.Run(_dir.Path, "profiles", "show", "XX-2000");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("'XX-2000' is neither a built-in profile");
    }

    public void Dispose() => _dir.Dispose();
}
