using PovertyRules.Scenarios;
using PovertyRules.Scenarios.Xunit;

namespace PovertyRules.Guangxi.Tests;

/// <summary>The scenario file of the pack, run by an engine that loads it.</summary>
public class ScenarioTests
{
    private static readonly ScenarioRunner Runner = new(Guangxi.Engine);

    [Theory]
    [ScenarioData("Scenarios/*.yaml")]
    public void Scenario_holds(ScenarioCase scenario) => Runner.Verify(scenario.Scenario);
}
