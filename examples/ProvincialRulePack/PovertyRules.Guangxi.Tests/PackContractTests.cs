using System.Text.Json.Nodes;
using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Guangxi.Tests;

/// <summary>What the engine promises a pack: loading, id collisions, its profile section, its extension data, receipts.</summary>
public class PackContractTests
{
    [Fact]
    public void The_engine_lists_the_pack_rules_after_the_national_ones()
    {
        var ids = Guangxi.Engine.Rules.Select(r => r.Id).ToList();

        ids.Should().StartWith(new PovertyRulesEngine().Rules.Select(r => r.Id));
        ids.Should().Contain(["GX-HOUSING-AREA", "GX-WATER-QUANTITY", "GX-WATER-FETCH", "GX-WATER-RELIABILITY", "GX-ELECTRICITY", "GX-TV-PHONE"]);
        Guangxi.Engine.Rules.Single(r => r.Id == "GX-HOUSING-AREA").Description.Should().Contain("13平方米");
    }

    [Fact]
    public void Receipts_under_the_pack_carry_another_rule_set_version_and_parameter_hash()
    {
        var withPack = Guangxi.Engine.Assess(Guangxi.Household(Guangxi.AtEveryLimit), Guangxi.Profile).Receipt;
        var national = new PovertyRulesEngine().Assess(Guangxi.Household(Guangxi.AtEveryLimit), Guangxi.National).Receipt;

        withPack.RuleSetVersion.Should().NotBe(national.RuleSetVersion);
        withPack.ParameterHash.Should().NotBe(national.ParameterHash);
        withPack.ProfileId.Should().Be("GX-2019");
    }

    [Fact]
    public void Two_packs_with_the_same_rule_id_are_refused_when_the_engine_is_created()
    {
        var create = () => new PovertyRulesEngine(o => o.AddRules(typeof(GuangxiPack).Assembly).AddRules(typeof(DuplicateFloorAreaPack).Assembly));

        create.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("GX-HOUSING-AREA").And.Contain(nameof(DuplicateFloorAreaPack)).And.Contain(nameof(GuangxiPack));
    }

    [Fact]
    public void A_profile_section_without_a_figure_the_pack_needs_is_refused_naming_its_path()
    {
        var profile = WithSection(section => section.Remove("minimumWaterSupplyReliability"));

        var assess = () => Guangxi.Engine.Assess(Guangxi.Household(Guangxi.AtEveryLimit), profile);

        assess.Should().Throw<ArgumentException>().Which.Message.Should().Contain("$.packs.guangxi.minimumWaterSupplyReliability");
    }

    [Fact]
    public void A_reliability_above_one_is_refused_naming_its_path()
    {
        var profile = WithSection(section => section["minimumWaterSupplyReliability"]!["value"] = 1.5m);

        var assess = () => Guangxi.Engine.Assess(Guangxi.Household(Guangxi.AtEveryLimit), profile);

        assess.Should().Throw<ArgumentException>().Which.Message.Should().Contain("$.packs.guangxi.minimumWaterSupplyReliability.value").And.Contain("outside 0–1");
    }

    [Fact]
    public void A_pack_figure_without_a_citation_is_a_profile_format_error()
    {
        var load = () => WithSection(section => section["minimumFloorAreaPerPerson"]!.AsObject().Remove("citation"));

        load.Should().Throw<ProfileFormatException>().Which.Path.Should().Be("$.packs.guangxi.minimumFloorAreaPerPerson.citation");
    }

    [Fact]
    public void The_pack_section_survives_saving_and_loading_the_profile()
    {
        var reloaded = ProfileJson.Load(ProfileJson.Save(Guangxi.Profile));
        var overlay = ProfileJson.Load(ProfileJson.SaveOverlay(Guangxi.Profile, Guangxi.National));

        reloaded.Packs.Should().Equal(Guangxi.Profile.Packs);
        overlay.Packs.Should().Equal(Guangxi.Profile.Packs);
        Guangxi.Profile.Packs[GuangxiPack.Name].Parameters["minimumFloorAreaPerPerson"].Value.Should().Be(13m);
    }

    [Fact]
    public void Extension_data_that_does_not_read_as_the_pack_record_makes_the_household_invalid_input()
    {
        var household = Guangxi.Household(null) with
        {
            Extensions = Model.ExtensionData.Empty.WithJson(GuangxiPack.Name, """{ "floorArea": 40 }"""),
        };

        var result = Guangxi.Engine.Assess(household, Guangxi.Profile);

        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("Extensions.guangxi").And.Contain("floorArea");
    }

    private static PolicyProfile WithSection(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Profiles", "guangxi-2019.json")))!.AsObject();
        change(json["packs"]![GuangxiPack.Name]!.AsObject());
        return ProfileJson.Load(json.ToJsonString());
    }
}
