using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class ProcedureStepRuleTests
{
    private static HouseholdAssessment WithProcedure(ExitProcedureRecord? procedure) =>
        Engine.Assess(Households.Exiting() with { ExitProcedure = procedure });

    [Fact]
    public void Complete_procedure_lets_an_eligible_household_exit()
    {
        WithProcedure(Households.CompleteProcedure).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void No_procedure_record_leaves_an_eligible_household_pending_with_every_step_unknown()
    {
        var result = WithProcedure(null);

        result.Status.Should().Be(HouseholdStatus.EligibleProcedurePending);
        result.UnknownCriteria.Should().BeEquivalentTo(
            AppraisalStepRule.Id, VerificationStepRule.Id, ConsentStepRule.Id, PublicNoticeStepRule.Id, AnnouncementStepRule.Id);
    }

    [Fact]
    public void Exit_without_the_households_consent_is_pending_not_exited()
    {
        var result = WithProcedure(Households.CompleteProcedure with { HouseholdConsented = false });

        result.Status.Should().Be(HouseholdStatus.EligibleProcedurePending);
        result.OutcomeOf(ConsentStepRule.Id).Should().Be(Outcome.NotMet);
    }

    [Theory]
    [InlineData(6, 0, Outcome.NotMet)]
    [InlineData(7, 0, Outcome.Met)]
    [InlineData(10, 1, Outcome.NotMet)]
    [InlineData(null, 0, Outcome.Unknown)]
    [InlineData(7, null, Outcome.Unknown)]
    [InlineData(3, null, Outcome.NotMet)]
    public void Notice_needs_the_minimum_days_and_no_unresolved_objection(int? days, int? objections, Outcome expected)
    {
        WithProcedure(Households.CompleteProcedure with { NoticeDays = days, UnresolvedObjections = objections })
            .OutcomeOf(PublicNoticeStepRule.Id).Should().Be(expected);
    }

    [Fact]
    public void Minimum_notice_days_come_from_the_profile()
    {
        var profile = Engine.National2016 with { MinimumNoticeDays = new(5, "province", true) };

        Engine.Assess(Households.Exiting() with { ExitProcedure = Households.CompleteProcedure with { NoticeDays = 5 } }, profile)
            .Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Theory]
    [InlineData(nameof(ExitProcedureRecord.AppraisalHeld), AppraisalStepRule.Id)]
    [InlineData(nameof(ExitProcedureRecord.Verified), VerificationStepRule.Id)]
    [InlineData(nameof(ExitProcedureRecord.HouseholdConsented), ConsentStepRule.Id)]
    [InlineData(nameof(ExitProcedureRecord.Announced), AnnouncementStepRule.Id)]
    public void Each_yes_no_step_not_done_fails_its_own_rule_only(string step, string ruleId)
    {
        var procedure = step switch
        {
            nameof(ExitProcedureRecord.AppraisalHeld) => Households.CompleteProcedure with { AppraisalHeld = false },
            nameof(ExitProcedureRecord.Verified) => Households.CompleteProcedure with { Verified = false },
            nameof(ExitProcedureRecord.HouseholdConsented) => Households.CompleteProcedure with { HouseholdConsented = false },
            _ => Households.CompleteProcedure with { Announced = false },
        };

        var result = WithProcedure(procedure);

        result.FailedCriteria.Should().Equal(ruleId);
        result.Status.Should().Be(HouseholdStatus.EligibleProcedurePending);
    }

    [Fact]
    public void A_household_that_remains_poor_is_not_pending_whatever_its_procedure()
    {
        Engine.Assess(Households.Exiting().WithIncome(2016, 1000m) with { ExitProcedure = null }).Status.Should().Be(HouseholdStatus.RemainsPoor);
    }
}
