using PovertyRules.Evaluation;
using PovertyRules.Scenarios.Xunit;

namespace PovertyRules.Scenarios.Tests;

/// <summary>The library's own scenario files: every household and exclusion criterion on both sides of its threshold.</summary>
public class ScenarioSuiteTests
{
    [Theory]
    [ScenarioData("Scenarios/*.yaml")]
    public void Scenario_outcome_matches_its_expectation(ScenarioCase scenario) => scenario.Verify();

    private static IEnumerable<Scenario> Suite => ScenarioFile.Find("Scenarios/*.yaml").SelectMany(ScenarioFile.Load);

    [Fact]
    public void Every_rule_of_the_engine_is_expected_to_fail_in_some_scenario()
    {
        var pinned = Suite.SelectMany(s => s.Expect.Failed ?? []).ToHashSet();

        ScenarioRunner.Default.Engine.Rules.Select(r => r.Id).Should().OnlyContain(id => pinned.Contains(id));
    }

    [Fact]
    public void Every_household_outcome_is_expected_in_some_scenario()
    {
        var expected = Suite.Select(s => s.Expect.Status).ToHashSet();

        Enum.GetNames<HouseholdStatus>().Should().OnlyContain(status => expected.Contains(status));
    }
}
