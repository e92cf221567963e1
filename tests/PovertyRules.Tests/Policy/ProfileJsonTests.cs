using System.Text.Json.Nodes;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

public class ProfileJsonTests
{
    [Theory]
    [InlineData(2014)]
    [InlineData(2016)]
    [InlineData(2020)]
    public void Saved_profile_loads_back_with_the_same_values_citations_and_flags(int year)
    {
        var profile = PolicyProfiles.National(year);

        var loaded = ProfileJson.Load(ProfileJson.Save(profile));

        ProfileJson.Save(loaded).Should().Be(ProfileJson.Save(profile));
        loaded.PovertyLines.Should().BeEquivalentTo(profile.PovertyLines);
        foreach (var parameter in ProfileParameters.All)
        {
            parameter.FormatValue(loaded).Should().Be(parameter.FormatValue(profile));
            parameter.Citation(loaded).Should().Be(parameter.Citation(profile));
            parameter.Verified(loaded).Should().Be(parameter.Verified(profile));
        }
    }

    [Fact]
    public void Saved_profile_keeps_chinese_text_readable()
    {
        ProfileJson.Save(PolicyProfiles.National(2016)).Should().Contain("贫困户退出");
    }

    private static string Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(ProfileJson.Save(PolicyProfiles.National(2016)))!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    [Theory]
    [InlineData("yearsAboveLine", "\"two\"", "$.parameters.yearsAboveLine.value", "expected a whole number")]
    [InlineData("safeDrinkingWaterRequired", "1", "$.parameters.safeDrinkingWaterRequired.value", "expected true or false")]
    [InlineData("incomeMeasure", "\"Gross\"", "$.parameters.incomeMeasure.value", "expected one of Net, Disposable")]
    [InlineData("maxTransferShare", "2", "$.parameters.maxTransferShare.value", "from 0 to 1")]
    public void Malformed_value_fails_with_the_parameter_path_and_reason(string name, string value, string path, string reason)
    {
        var json = Mutate(root => root["parameters"]![name]!["value"] = JsonNode.Parse(value));

        var act = () => ProfileJson.Load(json);

        act.Should().Throw<ProfileFormatException>()
            .Where(e => e.Path == path && e.Reason.Contains(reason));
    }

    [Fact]
    public void Unknown_parameter_name_fails_naming_it()
    {
        var json = Mutate(root => root["parameters"]!["yearsAbovLine"] = new JsonObject());

        var act = () => ProfileJson.Load(json);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.parameters.yearsAbovLine" && e.Reason.StartsWith("unknown name"));
    }

    [Fact]
    public void Missing_parameter_fails_naming_it()
    {
        var json = Mutate(root => root["parameters"]!.AsObject().Remove("minimumNoticeDays"));

        var act = () => ProfileJson.Load(json);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.parameters.minimumNoticeDays" && e.Reason == "the parameter is missing");
    }

    [Fact]
    public void Wrong_unit_fails_naming_the_expected_unit()
    {
        var json = Mutate(root => root["povertyLines"]!["2016"]!["unit"] = "yuan/household/year");

        var act = () => ProfileJson.Load(json);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.povertyLines.2016.unit" && e.Reason.Contains("yuan/person/year"));
    }

    [Fact]
    public void Missing_citation_fails()
    {
        var json = Mutate(root => root["parameters"]!["minimumNoticeDays"]!.AsObject().Remove("citation"));

        var act = () => ProfileJson.Load(json);

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$.parameters.minimumNoticeDays.citation");
    }

    [Fact]
    public void Text_that_is_not_json_fails_at_the_root()
    {
        var act = () => ProfileJson.Load("{ not json");

        act.Should().Throw<ProfileFormatException>().Where(e => e.Path == "$" && e.Reason.StartsWith("not valid JSON"));
    }
}
