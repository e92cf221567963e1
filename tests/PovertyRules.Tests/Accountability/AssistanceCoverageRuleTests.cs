using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules;
using static PovertyRules.Tests.Accountability.AccountabilityRecords;

namespace PovertyRules.Tests.Accountability;

public class AssistanceCoverageRuleTests
{
    [Fact]
    public void A_poor_village_without_a_resident_task_force_breaches_the_coverage_duty()
    {
        var result = Assess(Compliant() with { Assistance = Compliant().Assistance! with { VillagesWithTaskForce = 69 } });

        result.Status.Should().Be(AccountabilityStatus.Breach);
        result.FailedCriteria.Should().Equal("ACC-TASK-FORCE");
        result.Findings.Single(f => f.RuleId == "ACC-TASK-FORCE").Actual.Should().Be("69 of 70 registered poor villages with a resident task force");
        result.Coverage!.TaskForceShare.Should().Be(69m / 70);
    }

    [Fact]
    public void Every_poor_village_and_household_covered_meets_both_duties()
    {
        var result = Assess(Compliant());

        result.OutcomeOf("ACC-TASK-FORCE").Should().Be(Outcome.Met);
        result.OutcomeOf("ACC-HELPER").Should().Be(Outcome.Met);
        result.Coverage.Should().Be(new AssistanceCoverage(70, 70, 2100, 2100));
        result.Coverage!.HelperShare.Should().Be(1m);
    }

    [Fact]
    public void A_poor_household_without_a_responsible_helper_breaches_the_coverage_duty()
    {
        var result = Assess(Compliant() with { Assistance = Compliant().Assistance! with { HouseholdsWithHelper = 2099 } });

        result.FailedCriteria.Should().Equal("ACC-HELPER");
    }

    [Fact]
    public void Coverage_not_counted_is_unknown()
    {
        var result = Assess(Compliant() with { Assistance = new AssistanceRecord { PoorVillages = 70 } });

        result.UnknownCriteria.Should().Equal("ACC-TASK-FORCE", "ACC-HELPER");
        result.Status.Should().Be(AccountabilityStatus.Undetermined);
        Assess(Compliant() with { Assistance = null }).Coverage.Should().BeNull();
    }

    [Fact]
    public void A_county_with_no_poor_village_left_meets_the_task_force_duty_with_no_share_to_report()
    {
        var result = Assess(Compliant() with { Assistance = new AssistanceRecord { PoorVillages = 0, VillagesWithTaskForce = 0, PoorHouseholds = 0, HouseholdsWithHelper = 0 } });

        result.OutcomeOf("ACC-TASK-FORCE").Should().Be(Outcome.Met);
        result.Coverage!.TaskForceShare.Should().BeNull();
    }
}
