namespace PovertyRules.Scenarios.Tests;

public class DataQualityExpectationTests
{
    private static ScenarioResult Run(string dataQuality, string idNumber = "360730196803120037") =>
        ScenarioRunner.Default.Run(ScenarioFile.Parse($$"""
            profile: CN-2016
            scenarios:
              - name: Data quality
                household: { id: H1, villageCode: 431226101201, members: [{ idNumber: "{{idNumber}}", relationship: Head, sex: Male, age: 48, labour: Ordinary }] }
                expect: { status: Undetermined, dataQuality: {{dataQuality}} }
            """, "case.yaml").Single());

    [Fact]
    public void The_exact_set_of_data_quality_checks_that_find_a_defect_is_compared()
    {
        Run("[]").Passed.Should().BeTrue();
        Run("[DQ-ID-CHECKSUM]", idNumber: "360730196803120038").Passed.Should().BeTrue();

        var missed = Run("[]", idNumber: "360730196803120038");
        missed.Passed.Should().BeFalse();
        missed.Problems.Should().ContainSingle().Which.Should().Be(
            "data-quality findings [DQ-ID-CHECKSUM], expected []; also data-quality findings: DQ-ID-CHECKSUM");
    }

    [Fact]
    public void An_unknown_data_quality_check_id_is_a_problem_naming_the_ids()
    {
        Run("[DQ-NOPE]").Problems.Should().Contain(p => p.StartsWith("'DQ-NOPE' is not a data-quality check id; the ids are DQ-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_village_scenario_cannot_expect_data_quality_findings()
    {
        var act = () => ScenarioFile.Parse("""
            profile: CN-2016
            scenarios:
              - name: Village
                kind: village
                village: { code: "431226101201", ruralPopulation: 1000, remainingPoorPeople: 10 }
                expect: { status: RemainsListed, dataQuality: [] }
            """, "case.yaml");

        act.Should().Throw<ScenarioFormatException>().WithMessage("*dataQuality*households*");
    }
}
