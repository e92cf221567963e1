using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.County;

public class DecappingProcedureTests
{
    [Fact]
    public void A_county_meeting_every_criterion_with_all_six_steps_done_may_exit()
    {
        var result = Levels.Assess(Levels.ExitingCounty());

        result.Status.Should().Be(CountyStatus.MayExit);
        result.Findings.Should().OnlyContain(f => f.Outcome == Outcome.Met);
        result.Findings.Where(f => f.Kind == CriterionKind.ProcedureStep).Should().HaveCount(6);
    }

    [Theory]
    [InlineData(CountyProposalStepRule.Id)]
    [InlineData(CityReviewStepRule.Id)]
    [InlineData(ProvinceVerificationStepRule.Id)]
    [InlineData(ProvinceApprovalStepRule.Id)]
    [InlineData(NationalAssessmentStepRule.Id)]
    [InlineData(FormalApprovalStepRule.Id)]
    public void Any_one_step_not_done_leaves_the_exit_pending(string stepId)
    {
        var done = Levels.CompleteDecapping;
        var procedure = stepId switch
        {
            CountyProposalStepRule.Id => done with { CountyProposal = false },
            CityReviewStepRule.Id => done with { CityReview = false },
            ProvinceVerificationStepRule.Id => done with { ProvinceVerificationAndNotice = false },
            ProvinceApprovalStepRule.Id => done with { ProvinceApprovalAndReport = false },
            NationalAssessmentStepRule.Id => done with { NationalAssessment = false },
            _ => done with { ProvinceFormalApproval = false },
        };

        var result = Levels.Assess(Levels.ExitingCounty() with { Procedure = procedure });

        result.Status.Should().Be(CountyStatus.EligibleProcedurePending);
        result.FailedCriteria.Should().Equal(stepId);
    }

    [Fact]
    public void An_unrecorded_procedure_is_pending_with_every_step_unknown()
    {
        var result = Levels.Assess(Levels.ExitingCounty() with { Procedure = null });

        result.Status.Should().Be(CountyStatus.EligibleProcedurePending);
        result.UnknownCriteria.Should().HaveCount(6);
        result.Finding(NationalAssessmentStepRule.Id).Actual.Should().Be("not recorded (Procedure.NationalAssessment)");
    }
}
