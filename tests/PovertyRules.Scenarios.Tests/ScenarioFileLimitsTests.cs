using System.Diagnostics;
using System.Text;

namespace PovertyRules.Scenarios.Tests;

/// <summary>Files built to crash, hang or exhaust the loader fail at once with the file, line and limit.</summary>
public sealed class ScenarioFileLimitsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("povrules-limits-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static ScenarioFormatException ParseError(string text, string file = "case.yaml", ScenarioLoadOptions? options = null)
    {
        var act = () => ScenarioFile.Parse(text, file, options ?? ScenarioLoadOptions.Default);
        return act.Should().Throw<ScenarioFormatException>().Which;
    }

    private static string Scenario(string profile, string household = "{ id: H1, villageCode: 431226101201, members: [{ age: 40 }] }") => $"""
        profile: {profile}
        scenarios:
          - name: One
            household: {household}
            expect: {"{"} status: Undetermined {"}"}
        """;

    [Fact]
    public void Recursive_alias_in_a_scenario_file_is_an_error_naming_the_line()
    {
        var error = ParseError("""
            profile: CN-2016
            scenarios: &s
              - name: loop
                household: { id: H1, members: *s }
            """);

        error.File.Should().Be("case.yaml");
        error.Line.Should().Be(4);
        error.Reason.Should().Contain("'*s'").And.Contain("expand forever");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Nesting_thousands_of_levels_deep_is_an_error_at_the_limit_not_a_stack_overflow(int levels)
    {
        var yaml = "scenarios: " + new string('[', levels) + new string(']', levels) + "\n";

        var error = ParseError(yaml);

        error.Line.Should().Be(1);
        error.Reason.Should().Contain("deeper than 64 levels").And.Contain("MaxNestingDepth");
    }

    [Fact]
    public void Block_nesting_past_the_limit_names_the_line_where_it_crosses()
    {
        var yaml = new StringBuilder("profile: CN-2016\nscenarios:\n");
        for (var i = 0; i < 70; i++)
        {
            yaml.Append(new string(' ', 2 * (i + 1))).Append("- \n");
        }

        var error = ParseError(yaml.ToString(), options: ScenarioLoadOptions.Default with { MaxNestingDepth = 10 });

        error.Line.Should().Be(12, "the file's top mapping is level 1 on line 1, so the eleventh level opens on line 12");
        error.Reason.Should().Contain("deeper than 10 levels");
    }

    [Fact]
    public void Nesting_too_deep_for_the_record_reader_inside_a_household_names_the_household_and_line()
    {
        var deep = new string('[', 70) + new string(']', 70);
        var yaml = Scenario("CN-2016", $"{{ id: H1, villageCode: 431226101201, members: [{{ age: 40, deep: {deep} }}] }}");

        var error = ParseError(yaml, options: ScenarioLoadOptions.Default with { MaxNestingDepth = 100 });

        error.Path.Should().Be("$.scenarios[0].household");
        error.Line.Should().Be(4);
        error.Reason.Should().Contain("deeper than 64 levels");
    }

    [Fact]
    public void Billion_laughs_alias_bomb_is_refused_before_it_expands()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 10)).Append("]\n");
        }

        var watch = Stopwatch.StartNew();
        var error = ParseError(yaml.ToString());

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        error.Line.Should().Be(5, "the aliases up to line 5 add 123,440 nodes, those up to line 4 only 12,330");
        error.Reason.Should().Contain("more than 100000 nodes").And.Contain("MaxAliasNodes");
    }

    [Fact]
    public void Templates_shared_through_anchors_within_the_limit_still_load()
    {
        var yaml = """
            profile: CN-2016
            households:
              base: &base { id: H1, villageCode: 431226101201, members: [{ age: 40 }] }
            scenarios:
              - name: merged
                household: { <<: *base, id: H2 }
                expect: { status: Undetermined }
              - name: aliased
                household: *base
                expect: { status: Undetermined }
            """;

        var scenarios = ScenarioFile.Parse(yaml, "case.yaml");

        scenarios.Select(s => s.Household!.Id).Should().Equal("H2", "H1");
    }

    [Fact]
    public void Alias_to_an_anchor_not_yet_defined_is_an_error_naming_the_line()
    {
        var error = ParseError("profile: CN-2016\nscenarios: *later\n");

        error.Line.Should().Be(2);
        error.Reason.Should().Contain("'*later' names no anchor");
    }

    [Fact]
    public void Escaped_lone_surrogate_in_a_yaml_string_is_an_error_naming_the_line()
    {
        var error = ParseError(Scenario("CN-2016", "{ id: \"H\\uD800\", villageCode: 431226101201, members: [{ age: 40 }] }"));

        error.Line.Should().Be(4);
        error.Reason.Should().Contain("not valid YAML").And.Contain("surrogate");
    }

    [Fact]
    public void Lone_surrogate_character_in_yaml_text_is_an_error_naming_the_path_and_line()
    {
        var error = ParseError(Scenario("CN-2016", "{ id: H\uD800, villageCode: 431226101201, members: [{ age: 40 }] }"));

        error.Path.Should().Be("$.scenarios[0].household.id");
        error.Line.Should().Be(4);
        error.Reason.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void Duplicate_name_in_a_json_scenario_file_is_an_error_naming_its_path()
    {
        var error = ParseError("""{ "profile": "CN-2016", "profile": "CN-2017", "scenarios": [] }""", "case.json");

        error.File.Should().Be("case.json");
        error.Path.Should().Be("$.profile");
        error.Reason.Should().Contain("given twice");
    }

    [Fact]
    public void Duplicate_name_in_a_profile_file_named_by_a_scenario_names_both_files()
    {
        Write("Profiles/dup.json", """{ "id": "D", "name": "D", "base": "CN-2016", "year": 2016, "year": 2017 }""");
        var file = Write("Scenarios/case.yaml", Scenario("../Profiles/dup.json"));

        var act = () => ScenarioFile.Load(file);

        act.Should().Throw<ScenarioFormatException>()
            .Where(e => e.File == file && e.Line == 1 && e.Path == "$.profile"
                && e.Reason.Contains("dup.json") && e.Reason.Contains("$.year") && e.Reason.Contains("given twice"));
    }

    [Fact]
    public void Profile_in_a_sibling_folder_is_read_under_the_default_root()
    {
        Write("Profiles/p.json", """{ "id": "P", "name": "P", "base": "CN-2016" }""");
        var file = Write("Scenarios/case.yaml", Scenario("../Profiles/p.json"));

        ScenarioFile.Load(file).Single().Profile.Id.Should().Be("P");
    }

    [Fact]
    public void Profile_path_leading_outside_the_root_is_refused()
    {
        var file = Write("Scenarios/case.yaml", Scenario("../../../../../../../etc/passwd"));

        var act = () => ScenarioFile.Load(file);

        act.Should().Throw<ScenarioFormatException>()
            .Where(e => e.Line == 1 && e.Path == "$.profile" && e.Reason.Contains("outside the root folder " + _directory));
    }

    [Fact]
    public void Absolute_profile_path_is_refused_unless_allowed()
    {
        var profile = Write("elsewhere/p.json", """{ "id": "P", "name": "P", "base": "CN-2016" }""");
        var file = Write("Scenarios/case.yaml", Scenario(profile));

        var act = () => ScenarioFile.Load(file);

        act.Should().Throw<ScenarioFormatException>().Where(e => e.Path == "$.profile" && e.Reason.Contains("absolute path"));
        var allowed = ScenarioLoadOptions.Default with { Profiles = ScenarioLoadOptions.Default.Profiles with { AllowAbsolutePaths = true } };
        ScenarioFile.Load(file, allowed).Single().Profile.Id.Should().Be("P");
    }

    [Fact]
    public void Device_named_as_a_profile_is_refused_without_reading_it()
    {
        var file = Write("Scenarios/case.yaml", Scenario("/dev/zero"));
        var allowed = ScenarioLoadOptions.Default with { Profiles = ScenarioLoadOptions.Default.Profiles with { AllowAbsolutePaths = true } };

        var act = () => ScenarioFile.Load(file, allowed);

        act.Should().Throw<ScenarioFormatException>().Where(e => e.Path == "$.profile" && e.Reason.Contains("not a regular file"));
    }

    [Fact]
    public void Oversized_scenario_file_is_refused_naming_the_limit()
    {
        var file = Write("case.yaml", Scenario("CN-2016") + new string('#', 500));

        var act = () => ScenarioFile.Load(file, ScenarioLoadOptions.Default with { MaxFileBytes = 256 });

        act.Should().Throw<ScenarioFormatException>().Where(e => e.File == file && e.Reason.Contains("more than the limit of 256"));
    }

    [Fact]
    public void Limits_out_of_range_are_argument_errors()
    {
        var act = () => ScenarioFile.Parse(Scenario("CN-2016"), "case.yaml", ScenarioLoadOptions.Default with { MaxNestingDepth = 5_000 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxNestingDepth");
    }
}
