using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios.Tests;

public sealed class ScenarioFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("povrules-scenarios-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Minimal = """
        profile: CN-2016
        scenarios:
          - name: Minimal
            household: { id: H1, villageCode: 431226101201, members: [{ age: 40 }] }
            expect: { status: Undetermined }
        """;

    private static ScenarioFormatException ParseError(string yaml, string file = "case.yaml")
    {
        var act = () => ScenarioFile.Parse(yaml, file);
        return act.Should().Throw<ScenarioFormatException>().Which;
    }

    [Fact]
    public void An_unquoted_village_code_keeps_its_digits()
    {
        var scenario = ScenarioFile.Parse(Minimal, "case.yaml").Single();

        scenario.Household!.VillageCode.Should().Be("431226101201");
        scenario.Profile.Should().BeSameAs(PolicyProfiles.National(2016));
        scenario.Kind.Should().Be(ScenarioKind.Household);
        scenario.Line.Should().Be(3);
    }

    [Fact]
    public void A_template_is_taken_whole_and_the_scenario_replaces_the_properties_it_gives()
    {
        var scenarios = ScenarioFile.Parse("""
            profile: CN-2016
            households:
              poor: { id: T, villageCode: "431226101201", members: [{ age: 40 }], income: [{ year: 2016, perCapitaNet: 100 }] }
              richer: { base: poor, income: [{ year: 2016, perCapitaNet: 5000 }] }
            scenarios:
              - name: From the template
                household: { base: richer, id: H2, foodAndClothingSecure: false }
                expect: { status: RemainsPoor }
            """, "case.yaml");

        var household = scenarios.Single().Household!;
        household.Id.Should().Be("H2");
        household.IncomeFor(2016)!.PerCapitaNet.Should().Be(5000m);
        household.FoodAndClothingSecure.Should().BeFalse();
        household.Members.Should().ContainSingle();
    }

    [Fact]
    public void Yaml_anchors_and_merge_keys_work_as_templates_too()
    {
        var scenarios = ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: First
                household: &first { id: H1, villageCode: "431226101201", members: [{ age: 40 }] }
                expect: { status: Undetermined }
              - name: Second
                household: { <<: *first, id: H2 }
                expect: { status: Undetermined }
            """, "anchors.yaml");

        scenarios.Select(s => (s.Household!.Id, s.Household.VillageCode)).Should().Equal(("H1", "431226101201"), ("H2", "431226101201"));
    }

    [Fact]
    public void File_and_scenario_overrides_accumulate_as_unverified_parameters_cited_to_the_file()
    {
        var scenario = ScenarioFile.Parse("""
            profile: CN-2016
            overrides: { povertyLines: { 2016: 4000 } }
            scenarios:
              - name: Two overrides
                overrides: { parameters: { yearsAboveLine: 1, disabilityVehicleExempt: true } }
                household: { id: H1, villageCode: "431226101201", members: [{ age: 40 }] }
                expect: { status: Undetermined }
            """, "line-4000.yaml").Single();

        scenario.Profile.Id.Should().Be("CN-2016+line-4000[0]");
        scenario.Profile.PovertyLine(2016).Should().Be(new Parameter<decimal>(4000m, "Scenario file line-4000.yaml: inline override", false));
        scenario.Profile.DisabilityVehicleExempt.Value.Should().BeTrue();
        ProfileReport.Diff(PolicyProfiles.National(2016), scenario.Profile).Select(d => d.Name)
            .Should().Equal("povertyLines.2016", "yearsAboveLine", "disabilityVehicleExempt");
    }

    [Fact]
    public void A_profile_file_is_found_relative_to_the_scenario_file()
    {
        Write("proposal.json", """
            { "id": "PROPOSAL", "name": "Proposal", "base": "CN-2016",
              "parameters": { "safeDrinkingWaterRequired": { "value": true, "unit": "switch", "citation": "Proposal", "verified": false } } }
            """);
        var path = Write("case.yaml", Minimal.Replace("profile: CN-2016", "profile: proposal.json", StringComparison.Ordinal));

        ScenarioFile.Load(path).Single().Profile.Id.Should().Be("PROPOSAL");
    }

    [Fact]
    public void A_json_scenario_file_is_read_too()
    {
        var path = Write("case.json", """
            { "profile": "CN-2016",
              "scenarios": [ { "name": "Json", "household": { "id": "H1", "villageCode": "431226101201", "members": [ { "age": 40 } ] },
                               "expect": { "status": "Undetermined" } } ] }
            """);

        ScenarioFile.Load(path).Single().Name.Should().Be("Json");
    }

    [Fact]
    public void Yes_is_not_read_as_true_and_the_error_gives_line_path_and_what_was_expected()
    {
        var error = ParseError("""
            profile: CN-2016
            scenarios:
              - name: Yes
                household:
                  id: H1
                  villageCode: "431226101201"
                  members: [{ age: 40 }]
                  foodAndClothingSecure: yes
                expect: { status: MayExit }
            """);

        error.Path.Should().Be("$.scenarios[0].household.foodAndClothingSecure");
        error.Line.Should().Be(8);
        error.Reason.Should().Be("expected true or false, found \"yes\"");
        error.Message.Should().StartWith("case.yaml:8: $.scenarios[0].household.foodAndClothingSecure: ");
    }

    [Fact]
    public void An_unknown_enum_name_lists_the_allowed_names()
    {
        var error = ParseError(Minimal.Replace("members: [{ age: 40 }]", "members: [{ age: 40 }], dwelling: { grade: E }", StringComparison.Ordinal));

        error.Path.Should().Be("$.scenarios[0].household.dwelling.grade");
        error.Reason.Should().StartWith("expected one of A, B, C, D, Other");
    }

    [Fact]
    public void A_misspelt_household_property_fails_naming_it()
    {
        var error = ParseError(Minimal.Replace("members: [{ age: 40 }]", "members: [{ age: 40 }], incme: []", StringComparison.Ordinal));

        error.Reason.Should().Be("unknown name 'incme'");
    }

    [Fact]
    public void A_household_without_an_id_fails_naming_the_missing_property()
    {
        var error = ParseError(Minimal.Replace("id: H1, ", string.Empty, StringComparison.Ordinal));

        error.Path.Should().Be("$.scenarios[0].household");
        error.Reason.Should().Contain("'id'");
    }

    [Theory]
    [InlineData("expect: { status: MayExit }", "expect: { status: Exited }", "$.scenarios[0].expect.status", "expected one of MayExit")]
    [InlineData("expect: { status: MayExit }", "expect: { status: MayExit, failed: HH-INCOME }", "$.scenarios[0].expect.failed", "expected a list")]
    [InlineData("    household:", "    kind: district\n    household:", "$.scenarios[0].kind", "expected household, village, county, accountability, monitoring, schedule, plan or allocation")]
    [InlineData("    household:", "    hosehold: {}\n    household:", "$.scenarios[0].hosehold", "unknown name 'hosehold'")]
    [InlineData("profile: CN-2016", "profile: CN-2030", "$.profile", "no built-in profile 'CN-2030'")]
    [InlineData("profile: CN-2016", "profile: CN-2016\noverrides: { parameters: { yearsAboveLine: two } }", "$.overrides.parameters.yearsAboveLine", "expected a whole number")]
    [InlineData("profile: CN-2016", "profile: CN-2016\noverrides: { parameters: { linePoverty: 1 } }", "$.overrides.parameters.linePoverty", "unknown name")]
    public void A_malformed_scenario_fails_with_its_path_and_reason(string find, string replace, string path, string reason)
    {
        var yaml = Minimal.Replace("expect: { status: Undetermined }", "expect: { status: MayExit }", StringComparison.Ordinal)
            .Replace(find, replace, StringComparison.Ordinal);

        var error = ParseError(yaml);

        error.Path.Should().Be(path);
        error.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Two_scenarios_with_one_name_fail_because_test_names_must_be_unique()
    {
        var twice = Minimal + "\n" + Minimal[Minimal.IndexOf("  - name", StringComparison.Ordinal)..];

        ParseError(twice).Path.Should().Be("$.scenarios[1].name");
    }

    [Fact]
    public void A_scenario_without_any_profile_fails_saying_where_to_give_one()
    {
        ParseError(Minimal.Replace("profile: CN-2016\n", string.Empty, StringComparison.Ordinal)).Reason.Should().StartWith("no profile");
    }

    [Fact]
    public void Invalid_yaml_fails_with_its_line()
    {
        var error = ParseError("profile: CN-2016\nscenarios:\n  - name: [unclosed\n");

        error.Reason.Should().StartWith("not valid YAML");
        error.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Templates_that_name_each_other_fail_with_the_cycle()
    {
        var error = ParseError("""
            profile: CN-2016
            households:
              a: { base: b }
              b: { base: a }
            scenarios:
              - name: Cycle
                household: { base: a }
                expect: { status: MayExit }
            """);

        error.Reason.Should().Contain("a → b → a");
    }

    [Fact]
    public void A_village_is_read_from_its_template_with_the_scenario_replacing_whole_properties()
    {
        var scenario = ScenarioFile.Parse("""
            profile: HN-2016
            villages:
              listed: { code: 431226101201, ruralPopulation: 1000, remainingPoorPeople: 10, collectiveIncome: 50000, procedure: { noticeHeld: true, unresolvedObjections: 0 } }
            scenarios:
              - name: Village
                kind: village
                village: { base: listed, remainingPoorPeople: 25, procedure: { announced: true } }
                expect: { status: RemainsListed }
            """, "village.yaml").Single();

        scenario.Kind.Should().Be(ScenarioKind.Village);
        scenario.Household.Should().BeNull();
        scenario.Village.Should().Be(new Village
        {
            Code = "431226101201", RuralPopulation = 1000, RemainingPoorPeople = 25, CollectiveIncome = 50_000m,
            Procedure = new DelistingProcedureRecord { Announced = true },
        });
    }

    [Fact]
    public void A_county_is_read_with_its_third_party_sample_and_procedure()
    {
        var county = ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: County
                kind: county
                county:
                  code: 522301
                  ruralPopulation: 100000
                  evaluation: { exitedPeopleSampled: 1000, wronglyExitedPeople: 20, householdsSurveyed: 500, householdsApproving: 450 }
                  procedure: { countyProposal: true, cityReview: false }
                expect: { status: RemainsDesignated }
            """, "county.yaml").Single().County!;

        county.Code.Should().Be("522301");
        county.Evaluation.Should().Be(new ThirdPartySample { ExitedPeopleSampled = 1000, WronglyExitedPeople = 20, HouseholdsSurveyed = 500, HouseholdsApproving = 450 });
        county.Procedure.Should().Be(new DecappingProcedureRecord { CountyProposal = true, CityReview = false });
    }

    [Fact]
    public void A_misspelt_village_field_fails_with_its_line_and_path()
    {
        var error = ParseError("""
            profile: CN-2016
            scenarios:
              - name: Typo
                kind: village
                village:
                  code: "431226101201"
                  ruralPopulaton: 1000
                expect: { status: MayDelist }
            """);

        error.Path.Should().Be("$.scenarios[0].village.ruralPopulaton");
        error.Line.Should().Be(7);
        error.Reason.Should().Be("unknown name 'ruralPopulaton'");
    }

    [Fact]
    public void A_household_status_expected_of_a_village_is_refused_listing_the_village_statuses()
    {
        var error = ParseError("""
            profile: CN-2016
            scenarios:
              - name: Wrong status
                kind: village
                village: { code: "431226101201" }
                expect: { status: MayExit }
            """);

        error.Path.Should().Be("$.scenarios[0].expect.status");
        error.Reason.Should().Be("expected one of MayDelist, EligibleProcedurePending, RemainsListed, Undetermined, InvalidInput for a village, found 'MayExit'");
    }

    [Fact]
    public void A_village_naming_a_household_template_is_refused()
    {
        var error = ParseError("""
            profile: CN-2016
            households:
              h: { id: H1, villageCode: "431226101201", members: [{ age: 40 }] }
            scenarios:
              - name: Wrong template
                kind: village
                village: { base: h }
                expect: { status: MayDelist }
            """);

        error.Path.Should().Be("$.scenarios[0].village.base");
        error.Reason.Should().Be("no template 'h' under 'villages' at the top of the file");
    }

    [Fact]
    public void Households_of_a_sample_file_are_read_in_order()
    {
        var path = Write("sample.yaml", """
            - { id: S1, villageCode: "431226101201", members: [{ age: 40 }] }
            - { id: S2, villageCode: "431226101202", members: [{ age: 41, relationship: 1 }] }
            """);

        var households = ScenarioFile.LoadHouseholds(path);

        households.Select(h => h.Id).Should().Equal("S1", "S2");
        households[1].Members[0].Relationship.Should().Be(Relationship.Head, "register codes are accepted for enums");
    }

    [Fact]
    public void Find_matches_file_names_and_searches_below_a_double_star()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "a", "b"));
        Write("top.yaml", Minimal);
        Write(Path.Combine("a", "b", "deep.yaml"), Minimal);
        Write("other.txt", string.Empty);

        ScenarioFile.Find("*.yaml", _directory).Select(Path.GetFileName).Should().Equal("top.yaml");
        ScenarioFile.Find("**/*.yaml", _directory).Select(Path.GetFileName).Should().BeEquivalentTo("top.yaml", "deep.yaml");
        ScenarioFile.Find("missing/*.yaml", _directory).Should().BeEmpty();
    }
}
