using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Scenarios.Tests;

public class AccountabilityScenarioTests
{
    private const string Vetoed = """
        profile: CN-2016
        scenarios:
          - name: Vetoed
            kind: accountability
            accountability:
              code: "360731"
              designated: true
              decapped: false
              proposedTransfers: []
              years: [{ year: 2018, grade: A, reductionTarget: 6000, peopleLiftedOut: 5999 }]
              assistance: { poorVillages: 1, villagesWithTaskForce: 1, poorHouseholds: 1, householdsWithHelper: 1 }
            expect: { status: Compliant, failed: [] }
        """;

    [Fact]
    public void An_accountability_scenario_reads_the_county_record_with_its_dates_and_roles()
    {
        var scenario = ScenarioFile.Parse(Vetoed.Replace("proposedTransfers: []", "proposedTransfers: [{ role: CountyHead, date: \"2019-04-29\", reason: Other }]", StringComparison.Ordinal), "case.yaml").Single();

        scenario.Kind.Should().Be(ScenarioKind.Accountability);
        scenario.Accountability!.ProposedTransfers.Should().ContainSingle().Which.Should().Be(
            new ProposedTransfer { Role = LeaderRole.CountyHead, Date = new DateOnly(2019, 4, 29), Reason = TransferReason.Other });
        scenario.Household.Should().BeNull();
    }

    [Fact]
    public void An_accountability_scenario_whose_outcome_differs_fails_and_says_how()
    {
        var result = ScenarioRunner.Default.Run(ScenarioFile.Parse(Vetoed, "case.yaml").Single());

        result.Passed.Should().BeFalse();
        result.Problems.Should().Contain("status Breach, expected Compliant");
        result.AccountabilityAssessment!.VetoedYears.Should().Equal(2018);
        result.Describe().Should().Contain("ACC-TARGET-VETO").And.Contain("一票否决");
    }

    [Fact]
    public void An_accountability_status_of_another_level_is_refused_naming_the_statuses()
    {
        var act = () => ScenarioFile.Parse(Vetoed.Replace("status: Compliant", "status: MayExit", StringComparison.Ordinal), "case.yaml");

        act.Should().Throw<ScenarioFormatException>().WithMessage($"*{string.Join(", ", Enum.GetNames<AccountabilityStatus>())}*");
    }

    [Fact]
    public void An_unknown_property_of_the_accountability_record_is_refused_with_its_path()
    {
        var act = () => ScenarioFile.Parse(Vetoed.Replace("designated: true", "designated: true\n      secretary: x", StringComparison.Ordinal), "case.yaml");

        act.Should().Throw<ScenarioFormatException>().WithMessage("*$.scenarios[0].accountability*");
    }
}
