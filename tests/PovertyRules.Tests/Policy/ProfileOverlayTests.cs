using System.Text.Json.Nodes;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

public sealed class ProfileOverlayTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("povrules-profiles-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private const string RaisedLine = """
        {
          "id": "PROPOSAL-A", "name": "Line 4000", "base": "CN-2016",
          "povertyLines": { "2016": { "value": 4000, "unit": "yuan/person/year", "citation": "Proposal A", "verified": false } }
        }
        """;

    [Fact]
    public void Overlay_of_a_built_in_changes_only_what_it_names()
    {
        var proposal = ProfileJson.Load(RaisedLine);

        proposal.Id.Should().Be("PROPOSAL-A");
        proposal.PovertyLine(2016)!.Value.Should().Be(4000m);
        ProfileReport.Diff(PolicyProfiles.National(2016), proposal).Select(d => d.Name).Should().Equal("povertyLines.2016");
    }

    [Fact]
    public void Overlays_chain_through_files_relative_to_each_other()
    {
        Write("a.json", RaisedLine);
        var b = Write("b.json", """
            {
              "id": "PROPOSAL-B", "name": "Line 4000, two years", "base": "a.json",
              "parameters": { "yearsAboveLine": { "value": 2, "unit": "years", "citation": "Proposal B", "verified": false } }
            }
            """);

        var profile = ProfileJson.LoadFile(b);

        profile.Id.Should().Be("PROPOSAL-B");
        profile.PovertyLine(2016)!.Value.Should().Be(4000m);
        profile.YearsAboveLine.Value.Should().Be(2);
        profile.SafeDrinkingWaterRequired.Should().Be(PolicyProfiles.National(2016).SafeDrinkingWaterRequired);
    }

    [Fact]
    public void Overlay_with_an_unknown_parameter_name_fails_naming_it()
    {
        var act = () => ProfileJson.Load("""{ "id": "X", "name": "X", "base": "CN-2016", "parameters": { "yearsAbovLine": { "value": 2 } } }""");

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.Path == "$.parameters.yearsAbovLine" && e.Reason.StartsWith("unknown name", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlay_with_a_wrong_unit_fails_naming_the_expected_unit()
    {
        var act = () => ProfileJson.Load("""
            { "id": "X", "name": "X", "base": "CN-2016",
              "parameters": { "villageMinimumCollectiveIncome": { "value": 4, "unit": "10k yuan/year", "citation": "c", "verified": false } } }
            """);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.Path == "$.parameters.villageMinimumCollectiveIncome.unit" && e.Reason.Contains("'yuan/year'"));
    }

    [Fact]
    public void Overlay_with_a_value_of_the_wrong_type_fails_with_the_path()
    {
        var act = () => ProfileJson.Load("""
            { "id": "X", "name": "X", "base": "CN-2016",
              "parameters": { "safeDrinkingWaterRequired": { "value": "yes", "citation": "c", "verified": false } } }
            """);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.Path == "$.parameters.safeDrinkingWaterRequired.value" && e.Reason.Contains("true or false"));
    }

    [Fact]
    public void Overlay_of_an_unknown_base_fails_naming_it()
    {
        var act = () => ProfileJson.Load("""{ "id": "X", "name": "X", "base": "CN-2030" }""");

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.base" && e.Reason.Contains("'CN-2030'"));
    }

    [Fact]
    public void Overlays_that_name_each_other_fail_with_the_cycle()
    {
        Write("a.json", """{ "id": "A", "name": "A", "base": "b.json" }""");
        var b = Write("b.json", """{ "id": "B", "name": "B", "base": "a.json" }""");

        var act = () => ProfileJson.LoadFile(b);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.base" && e.Reason.Contains("b.json → a.json → b.json"));
    }

    [Fact]
    public void Error_in_a_base_file_names_that_file()
    {
        var a = Write("a.json", """{ "id": "A", "name": "A", "base": "CN-2016", "parameters": { "minimumNoticeDays": { "value": -1, "citation": "c", "verified": false } } }""");
        var b = Write("b.json", """{ "id": "B", "name": "B", "base": "a.json" }""");

        var act = () => ProfileJson.LoadFile(b);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.File == a && e.Path == "$.parameters.minimumNoticeDays.value" && e.Message.Contains("a.json"));
    }

    [Fact]
    public void Overlay_that_makes_the_profile_unusable_fails_at_load()
    {
        var act = () => ProfileJson.Load("""
            { "id": "X", "name": "X", "base": "CN-2016",
              "parameters": { "yearsAboveLine": { "value": 3, "citation": "c", "verified": false } },
              "povertyLines": { } }
            """);

        act.Should().NotThrow("the national profiles carry lines back to 2011");
        var tooMany = () => ProfileJson.Load("""
            { "id": "X", "name": "X", "base": "CN-2014",
              "parameters": { "yearsAboveLine": { "value": 5, "citation": "c", "verified": false } } }
            """);
        tooMany.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.povertyLines.2010");
    }

    [Fact]
    public void Saved_overlay_holds_only_the_differences_and_loads_back_to_the_same_profile()
    {
        var changed = PolicyProfiles.National(2016).WithPovertyLine(2016, 4000m, "Proposal", verified: false) with
        {
            Id = "P",
            Name = "Proposal",
            DisabilityVehicleExempt = new(true, "Proposal", false),
        };

        var json = ProfileJson.SaveOverlay(changed, PolicyProfiles.National(2016));
        var loaded = ProfileJson.Load(json);

        JsonNode.Parse(json)!["parameters"]!.AsObject().Select(p => p.Key).Should().Equal("disabilityVehicleExempt");
        ProfileJson.Save(loaded).Should().Be(ProfileJson.Save(changed));
    }

    [Fact]
    public void Inline_overrides_may_give_bare_values_which_carry_the_given_citation_unverified()
    {
        var overrides = JsonNode.Parse("""{ "povertyLines": { "2016": 4000 }, "parameters": { "yearsAboveLine": 2, "maxTransferShare": null } }""")!.AsObject();

        var profile = ProfileJson.Overlay(PolicyProfiles.National(2016), overrides, "what-if test");

        profile.PovertyLine(2016).Should().Be(new Parameter<decimal>(4000m, "what-if test", false));
        profile.YearsAboveLine.Should().Be(new Parameter<int>(2, "what-if test", false));
        profile.Id.Should().Be("CN-2016");
    }

    [Fact]
    public void Overlay_files_do_not_accept_bare_values()
    {
        var act = () => ProfileJson.Load("""{ "id": "X", "name": "X", "base": "CN-2016", "parameters": { "yearsAboveLine": 2 } }""");

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.parameters.yearsAboveLine" && e.Reason.StartsWith("expected an object", StringComparison.Ordinal));
    }
}
