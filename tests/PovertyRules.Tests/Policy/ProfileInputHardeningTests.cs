using System.Text.Json.Nodes;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

/// <summary>Bad profile input fails with a <see cref="ProfileFormatException"/> naming the JSON path and the reason.</summary>
public class ProfileInputHardeningTests
{
    private static string Full(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(ProfileJson.Save(PolicyProfiles.National(2016)))!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Parameter(JsonObject root, string name) => root["parameters"]![name]!.AsObject();

    private static ProfileFormatException LoadError(string json)
    {
        var act = () => ProfileJson.Load(json);
        return act.Should().Throw<ProfileFormatException>().Which;
    }

    [Fact]
    public void Duplicate_name_in_a_profile_is_an_error_naming_its_path()
    {
        var error = LoadError("""{ "id": "X", "name": "X", "base": "CN-2016", "parameters": { "yearsAboveLine": 1, "yearsAboveLine": 2 } }""");

        error.Path.Should().Be("$.parameters.yearsAboveLine");
        error.Reason.Should().Contain("given twice");
    }

    [Fact]
    public void Duplicate_top_level_name_is_an_error_naming_it()
    {
        var error = LoadError("""{ "id": "X", "id": "Y", "name": "X", "base": "CN-2016" }""");

        error.Path.Should().Be("$.id");
        error.Reason.Should().Contain("'id' is given twice");
    }

    [Theory]
    [InlineData("westernProvinces")]
    [InlineData("countyRegionOverrides")]
    public void Null_set_valued_parameter_is_an_error_naming_its_value(string name)
    {
        var error = LoadError(Full(root => Parameter(root, name)["value"] = null));

        error.Path.Should().Be($"$.parameters.{name}.value");
        error.Reason.Should().Contain("found null");
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(1900)]
    public void Year_far_outside_the_policy_era_is_an_error_naming_the_year(int year)
    {
        var error = LoadError(Full(root => root["year"] = year));

        error.Path.Should().Be("$.year");
        error.Reason.Should().Contain($"from {ProfileValidator.FirstYear} to {ProfileValidator.LastYear}").And.Contain(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lone_surrogate_in_a_string_is_an_error_naming_its_path()
    {
        var error = LoadError("""{ "id": "X\uD800", "name": "X", "base": "CN-2016" }""");

        error.Path.Should().Be("$.id");
        error.Reason.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Lone_surrogate_in_a_name_is_an_error_naming_the_object()
    {
        var error = LoadError("""{ "id": "X", "name": "X", "base": "CN-2016", "parameters": { "\uDC00": 1 } }""");

        error.Path.Should().StartWith("$.parameters.");
        error.Reason.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Leading_byte_order_mark_in_text_is_accepted()
    {
        var profile = ProfileJson.Load("\uFEFF" + """{ "id": "X", "name": "X", "base": "CN-2016" }""");

        profile.Id.Should().Be("X");
    }

    [Fact]
    public void Json_syntax_error_names_line_and_byte_without_echoing_the_text()
    {
        var error = LoadError("{\n  \"id\": secret-token }");

        error.Path.Should().Be("$");
        error.Reason.Should().StartWith("not valid JSON (line 2, byte").And.NotContain("secret").And.NotContain("'s'");
    }

    [Theory]
    [InlineData(999)]
    [InlineData(-1)]
    [InlineData(8)]
    public void Excluded_transfers_with_undefined_flags_are_rejected(int value)
    {
        var error = LoadError(Full(root => Parameter(root, "excludedTransfers")["value"] = value));

        error.Path.Should().Be("$.parameters.excludedTransfers.value");
        error.Reason.Should().Contain("Pension").And.Contain(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Village_facilities_with_undefined_flags_are_rejected()
    {
        var error = LoadError(Full(root => Parameter(root, "villageRequiredFacilities")["value"] = 99999));

        error.Path.Should().Be("$.parameters.villageRequiredFacilities.value");
        error.Reason.Should().Contain("99999");
    }

    [Fact]
    public void Defined_flag_combinations_still_load()
    {
        var profile = ProfileJson.Load(Full(root => Parameter(root, "excludedTransfers")["value"] = "Pension, OneOffRelief"));

        profile.ExcludedTransfers.Value.Should().Be(TransferExclusions.Pension | TransferExclusions.OneOffRelief);
    }

    [Fact]
    public void Poverty_line_year_with_a_leading_zero_is_rejected_so_it_cannot_shadow_another()
    {
        var error = LoadError(Full(root => root["povertyLines"]!["02016"] = root["povertyLines"]!["2016"]!.DeepClone()));

        error.Path.Should().Be("$.povertyLines.02016");
        error.Reason.Should().Contain("leading zeros").And.Contain("2016");
    }

    [Fact]
    public void Age_reference_date_far_from_the_profile_year_is_rejected()
    {
        var error = LoadError(Full(root => Parameter(root, "ageReferenceDate")["value"] = "0001-01-01"));

        error.Path.Should().Be("$.parameters.ageReferenceDate.value");
        error.Reason.Should().Contain("2015-01-01").And.Contain("2017-12-31").And.Contain("0001-01-01");
    }

    [Theory]
    [InlineData("2015-01-01")]
    [InlineData("2017-12-31")]
    public void Age_reference_date_within_a_year_of_the_profile_year_is_accepted(string date)
    {
        var profile = ProfileJson.Load(Full(root => Parameter(root, "ageReferenceDate")["value"] = date));

        profile.AgeReferenceDate.Value.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Profile_built_with_a_null_parameter_fails_validation_with_an_argument_error()
    {
        var profile = PolicyProfiles.National(2016) with { WesternProvinces = null! };

        var act = () => ProfileValidator.EnsureValid(profile);

        act.Should().Throw<ArgumentException>().WithMessage("*$.parameters.westernProvinces*missing*");
    }

    [Fact]
    public void Profile_built_with_a_null_parameter_value_is_a_problem_not_an_exception()
    {
        var profile = PolicyProfiles.National(2016) with { CountyRegionOverrides = new(null!, "c", false), PovertyLines = null! };

        var problems = ProfileValidator.Validate(profile);

        problems.Select(p => p.Path).Should().BeEquivalentTo("$.povertyLines", "$.parameters.countyRegionOverrides.value");
    }

    [Fact]
    public void Engine_refuses_a_profile_with_a_null_parameter_with_an_argument_error()
    {
        var profile = PolicyProfiles.National(2016) with { YearsAboveLine = null! };

        var act = () => Support.Engine.Assess(Support.Households.Exiting(), profile);

        act.Should().Throw<ArgumentException>().WithMessage("*yearsAboveLine*");
    }
}
