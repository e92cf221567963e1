namespace PovertyRules.Scenarios.Tests;

/// <summary>The <c>distance</c> expectation of a scenario file: its summary text or its parts, compared exactly.</summary>
public class DistanceExpectationTests
{
    private static Scenario One(string expect, string income) => ScenarioFile.Parse($$"""
        profile: CN-2016
        scenarios:
          - name: Distance test
            household:
              id: H1
              villageCode: "431226101201"
              members: [{ relationship: Head, age: 45, schooling: NotInSchool, medicalInsuranceEligible: true, medicalInsuranceEnrolled: false, onGovernmentPayroll: false, villageCadre: false }]
              income: [{ year: 2016, perCapitaNet: {{income}} }]
              foodAndClothingSecure: true
              dwelling: { grade: A, resettled: false }
              safeDrinkingWater: true
              registeredBusiness: false
              ownedHousing: []
              vehicles: []
              exitProcedure: { appraisalHeld: true, verified: true, householdConsented: true, noticeDays: 7, unresolvedObjections: 0, announced: true }
            expect: {{expect}}
        """, "distance.yaml").Single();

    [Fact]
    public void A_distance_given_as_its_parts_matches_the_summary()
    {
        ScenarioRunner.Default.Run(One("""{ status: RemainsPoor, distance: [HH-INCOME 2016 +1, "HH-MEDICAL Members[0]"] }""", "2952")).Passed.Should().BeTrue();
    }

    [Fact]
    public void A_wrong_distance_fails_showing_both()
    {
        var result = ScenarioRunner.Default.Run(One("""{ status: RemainsPoor, distance: "HH-INCOME 2016 +1; HH-MEDICAL Members[0]" }""", "2951"));

        result.Passed.Should().BeFalse();
        result.Problems.Should().Equal("distance HH-INCOME 2016 +2; HH-MEDICAL Members[0], expected HH-INCOME 2016 +1; HH-MEDICAL Members[0]");
        result.Describe().Should().Contain("expected: RemainsPoor, distance HH-INCOME 2016 +1; HH-MEDICAL Members[0]");
    }

    [Fact]
    public void An_empty_distance_list_is_refused_naming_where()
    {
        var act = () => One("{ status: RemainsPoor, distance: [] }", "2952");

        act.Should().Throw<ScenarioFormatException>().WithMessage("*$.scenarios[0].expect.distance*expected the distance's parts*");
    }
}
