namespace PovertyRules.Scenarios.Tests;

public class ScenarioRunnerTests
{
    private static Scenario One(string expect, string income = "3400", string profile = "CN-2016") => ScenarioFile.Parse($$"""
        profile: {{profile}}
        scenarios:
          - name: Line test
            household:
              id: H1
              villageCode: "431226101201"
              members: [{ relationship: Head, age: 45, schooling: NotInSchool, medicalInsuranceEligible: true, medicalInsuranceEnrolled: true, onGovernmentPayroll: false, villageCadre: false }]
              income: [{ year: 2016, perCapitaNet: {{income}} }]
              foodAndClothingSecure: true
              dwelling: { grade: A, resettled: false }
              safeDrinkingWater: true
              registeredBusiness: false
              ownedHousing: []
              vehicles: []
              exitProcedure: { appraisalHeld: true, verified: true, householdConsented: true, noticeDays: 7, unresolvedObjections: 0, announced: true }
            expect: {{expect}}
        """, "line.yaml").Single();

    [Fact]
    public void A_scenario_whose_outcome_matches_passes()
    {
        ScenarioRunner.Default.Run(One("{ status: MayExit, failed: [] }")).Passed.Should().BeTrue();
    }

    [Fact]
    public void A_failing_scenario_shows_expected_and_actual_with_the_finding_and_its_citation()
    {
        var act = () => ScenarioRunner.Default.Verify(One("{ status: MayExit, failed: [] }", income: "2952"));

        var message = act.Should().Throw<ScenarioFailedException>().Which.Message;
        message.Should().Contain("Scenario 'Line test' (line.yaml:3) under CN-2016: FAILED");
        message.Should().Contain("expected: MayExit, failed []");
        message.Should().Contain("actual:   RemainsPoor, failed [HH-INCOME], unknown []");
        message.Should().Contain("- status RemainsPoor, expected MayExit");
        message.Should().Contain("- failed [HH-INCOME], expected []; also failed: HH-INCOME");
        message.Should().Contain("✗ ").And.Contain("(HH-INCOME): not met");
        message.Should().Contain("国家农村贫困标准");
        message.Should().Contain("receipt: Receipt { ProfileId = CN-2016");
    }

    [Fact]
    public void Expecting_a_criterion_that_does_not_fail_is_a_failure()
    {
        var result = ScenarioRunner.Default.Run(One("{ status: MayExit, failed: [HH-HOUSING] }"));

        result.Passed.Should().BeFalse();
        result.Problems.Should().Equal("failed [], expected [HH-HOUSING]; not failed: HH-HOUSING");
    }

    [Fact]
    public void A_misspelt_criterion_id_fails_listing_the_ids()
    {
        var result = ScenarioRunner.Default.Run(One("{ status: RemainsPoor, failed: [HH-INCOM] }", income: "100"));

        result.Problems.Should().Contain(p => p.StartsWith("'HH-INCOM' is not a criterion id; the ids are EX-BUSINESS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_village_scenario_is_reported_as_not_evaluated_by_this_version()
    {
        var scenario = ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: Village
                kind: village
                village: { code: "431226101000" }
                expect: { status: MayDelist }
            """, "village.yaml").Single();

        var result = ScenarioRunner.Default.Run(scenario);

        result.Passed.Should().BeFalse();
        result.Assessment.Should().BeNull();
        result.Problems.Single().Should().Contain("village rule set");
    }

    [Fact]
    public void Running_a_file_gives_one_result_per_scenario()
    {
        var results = ScenarioRunner.Default.RunFile(Path.Combine(AppContext.BaseDirectory, "Scenarios", "procedure.yaml"));

        results.Should().HaveCount(7).And.OnlyContain(r => r.Passed);
    }
}
