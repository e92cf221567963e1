namespace PovertyRules.Scenarios.Tests;

public class PlanningScenarioTests
{
    private static Scenario Allocation(string figures, string extra = "") => ScenarioFile.Parse($$"""
        profile: CN-2016
        scenarios:
          - name: Allocation test
            kind: allocation
            allocation:
              fund: 1000000
              counties:
                - { code: "431201", name: "a", poorPeople: 3000, ruralPopulation: 100000, ruralIncomePerCapita: 5000, grade: A{{extra}} }
                - { code: "431202", name: "b", poorPeople: 1000, ruralPopulation: 100000, ruralIncomePerCapita: 5000, grade: A }
            expect: { status: Allocated, figures: {{figures}} }
        """, "allocation.yaml").Single();

    [Fact]
    public void A_planning_scenario_whose_figures_match_passes_and_shows_its_figures()
    {
        var result = ScenarioRunner.Default.Run(Allocation("{ amount.431201: 650000 }"));

        result.Passed.Should().BeTrue(result.Describe());
        result.Figures["amount.431202"].Should().Be("350000");
    }

    [Fact]
    public void A_planning_scenario_with_a_wrong_figure_fails_naming_it_with_actual_and_expected()
    {
        var result = ScenarioRunner.Default.Run(Allocation("{ amount.431201: 650001 }"));

        result.Passed.Should().BeFalse();
        result.Problems.Should().Equal("amount.431201 650000, expected 650001");
    }

    [Fact]
    public void A_figure_the_scenario_does_not_produce_fails_listing_the_figures_there_are()
    {
        var result = ScenarioRunner.Default.Run(Allocation("{ months: 59 }"));

        result.Problems.Single().Should().StartWith("no figure 'months'; the figures are amount.431201, amount.431202,");
    }

    [Fact]
    public void An_unknown_name_in_a_planning_input_is_refused_with_its_path()
    {
        var act = () => Allocation("{ total: 1000000 }", extra: ", grades: A");

        act.Should().Throw<ScenarioFormatException>().Which.Path.Should().StartWith("$.scenarios[0].allocation.counties[0]");
    }

    [Fact]
    public void A_schedule_county_without_its_registered_poor_is_refused_not_taken_as_zero()
    {
        var act = () => ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: Missing poor
                kind: schedule
                schedule:
                  baseYear: 2015
                  counties: [{ code: "431201", name: "a", ruralPopulation: 100000, plannedReductions: { 2016: 0 } }]
                expect: { status: AllWithinPlan }
            """, "schedule.yaml");

        var error = act.Should().Throw<ScenarioFormatException>().Which;
        error.Path.Should().Be("$.scenarios[0].schedule.counties[0].registeredPoor");
        error.Reason.Should().Contain("never taken as zero");
    }

    [Fact]
    public void A_planning_scenario_expecting_criteria_is_refused()
    {
        var act = () => ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: Criteria
                kind: allocation
                allocation: { fund: 1, counties: [] }
                expect: { status: Allocated, failed: [] }
            """, "allocation.yaml");

        act.Should().Throw<ScenarioFormatException>().Which.Reason.Should().Contain("a planning scenario has no criteria");
    }
}
