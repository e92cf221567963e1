using PovertyRules.Assessment;

namespace PovertyRules.Scenarios.Tests;

public class MonitoringScenarioTests
{
    private const string Monitoring = """
        profile: CN-2021
        scenarios:
          - name: Below the monitoring line
            kind: monitoring
            household: { id: H1, villageCode: "431226101201", exitFlag: ExitedWithSupport, members: [{ age: 40 }], income: [{ year: 2021, perCapitaNet: 5999.99 }] }
            expect: { status: AtRisk, failed: [MON-UNSTABLE-INCOME], elimination: NotEliminated }
        """;

    [Fact]
    public void A_monitoring_scenario_classifies_its_household_and_checks_the_elimination()
    {
        var scenario = ScenarioFile.Parse(Monitoring, "monitoring.yaml").Single();

        var result = ScenarioRunner.Default.Run(scenario);

        scenario.Kind.Should().Be(ScenarioKind.Monitoring);
        result.Passed.Should().BeTrue(result.Describe());
        result.MonitoringAssessment!.Status.Should().Be(MonitoringStatus.AtRisk);
    }

    [Fact]
    public void A_wrong_elimination_expectation_fails_the_scenario_saying_what_was_found()
    {
        var scenario = ScenarioFile.Parse(Monitoring.Replace("elimination: NotEliminated", "elimination: Eliminated", StringComparison.Ordinal), "monitoring.yaml").Single();

        ScenarioRunner.Default.Run(scenario).Problems.Should().ContainSingle().Which.Should().Be("elimination NotEliminated, expected Eliminated");
    }

    [Fact]
    public void An_elimination_expectation_on_a_household_scenario_is_refused_naming_where()
    {
        var act = () => ScenarioFile.Parse(Monitoring.Replace("kind: monitoring", "kind: household", StringComparison.Ordinal).Replace("status: AtRisk", "status: RemainsPoor", StringComparison.Ordinal), "monitoring.yaml");

        act.Should().Throw<ScenarioFormatException>().WithMessage("*$.scenarios[0].expect.elimination*monitoring result*");
    }

    [Fact]
    public void An_unknown_elimination_status_is_refused_listing_the_statuses()
    {
        var act = () => ScenarioFile.Parse(Monitoring.Replace("elimination: NotEliminated", "elimination: Gone", StringComparison.Ordinal), "monitoring.yaml");

        act.Should().Throw<ScenarioFormatException>().WithMessage("*Eliminated, NotEliminated*found 'Gone'*");
    }
}
