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

        result.Problems.Should().Contain(p => p.StartsWith("'HH-INCOM' is not a household criterion id; the ids are EX-BUSINESS", StringComparison.Ordinal));
    }

    private static Scenario County(string expect, int approving) => ScenarioFile.Parse($$"""
        profile: CN-2016
        scenarios:
          - name: Approval test
            kind: county
            county:
              code: "431226"
              ruralPopulation: 100000
              remainingPoorPeople: 1000
              evaluation: { exitedPeopleSampled: 1000, wronglyExitedPeople: 5, nonRegisteredPeopleSampled: 2000, omittedPoorPeople: 10, householdsSurveyed: 500, householdsApproving: {{approving}} }
              procedure: { countyProposal: true, cityReview: true, provinceVerificationAndNotice: true, provinceApprovalAndReport: true, nationalAssessment: true, provinceFormalApproval: true }
            expect: {{expect}}
        """, "county.yaml").Single();

    [Fact]
    public void A_village_scenario_is_assessed_by_the_village_rule_set()
    {
        var scenario = ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: Village at exactly 2%
                kind: village
                village:
                  code: "431226101201"
                  ruralPopulation: 1000
                  remainingPoorPeople: 20
                  hardenedRoad: true
                  electricity: true
                  safeDrinkingWater: true
                  clinic: true
                  procedure: { noticeHeld: true, unresolvedObjections: 0, announced: true }
                expect: { status: RemainsListed, failed: [VIL-INCIDENCE], unknown: [] }
            """, "village.yaml").Single();

        var result = ScenarioRunner.Default.Run(scenario);

        result.Passed.Should().BeTrue(result.Describe());
        result.Status.Should().Be("RemainsListed");
        result.VillageAssessment!.Incidence.Should().Be(0.02m);
        result.Assessment.Should().BeNull();
        result.CountyAssessment.Should().BeNull();
    }

    [Fact]
    public void A_failing_county_scenario_shows_expected_and_actual_with_the_finding_and_its_citation()
    {
        var act = () => ScenarioRunner.Default.Verify(County("{ status: MayExit, failed: [] }", approving: 450));

        var message = act.Should().Throw<ScenarioFailedException>().Which.Message;
        message.Should().Contain("Scenario 'Approval test' (county.yaml:3) under CN-2016: FAILED");
        message.Should().Contain("expected: MayExit, failed []");
        message.Should().Contain("actual:   RemainsDesignated, failed [CNT-APPROVAL], unknown []");
        message.Should().Contain("- status RemainsDesignated, expected MayExit");
        message.Should().Contain("✗ ").And.Contain("(CNT-APPROVAL): not met");
        message.Should().Contain("国开办发〔2017〕56号");
        message.Should().Contain("receipt: Receipt { ProfileId = CN-2016");
    }

    [Fact]
    public void A_household_criterion_expected_of_a_county_is_not_a_county_criterion_id()
    {
        var result = ScenarioRunner.Default.Run(County("{ status: MayExit, failed: [HH-INCOME] }", approving: 490));

        result.Problems.Should().Contain(p => p.StartsWith("'HH-INCOME' is not a county criterion id; the ids are CNT-APPROVAL", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_a_file_gives_one_result_per_scenario()
    {
        var results = ScenarioRunner.Default.RunFile(Path.Combine(AppContext.BaseDirectory, "Scenarios", "procedure.yaml"));

        results.Should().HaveCount(7).And.OnlyContain(r => r.Passed);
    }
}
