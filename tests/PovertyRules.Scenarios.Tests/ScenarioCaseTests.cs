using PovertyRules.Scenarios.Xunit;
using Xunit.Sdk;

namespace PovertyRules.Scenarios.Tests;

public class ScenarioCaseTests
{
    private static ScenarioCase FirstCase() =>
        (ScenarioCase)new ScenarioDataAttribute("Scenarios/procedure.yaml").GetData(typeof(ScenarioCaseTests).GetMethod(nameof(FirstCase), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!).First()[0];

    [Fact]
    public void A_case_is_shown_by_file_and_scenario_name()
    {
        FirstCase().ToString().Should().Be("procedure.yaml › No democratic appraisal leaves the exit pending");
    }

    [Fact]
    public void A_case_survives_xunit_serialisation_so_each_scenario_is_its_own_test()
    {
        var original = FirstCase();

        var copy = SerializationHelper.Deserialize<ScenarioCase>(SerializationHelper.Serialize(original))!;

        copy.Scenario.Name.Should().Be(original.Scenario.Name);
        copy.Scenario.File.Should().Be(original.Scenario.File);
    }

    [Fact]
    public void A_pattern_that_matches_no_file_fails_saying_to_copy_the_files()
    {
        var act = () => new ScenarioDataAttribute("Missing/*.yaml").GetData(null!).ToList();

        act.Should().Throw<InvalidOperationException>().WithMessage("*CopyToOutputDirectory*");
    }
}
