using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Village;

public class DelistingProcedureTests
{
    [Fact]
    public void A_village_meeting_every_criterion_with_the_procedure_complete_may_delist()
    {
        var result = Levels.Assess(Levels.DelistableVillage());

        result.Status.Should().Be(VillageStatus.MayDelist);
        result.Findings.Should().OnlyContain(f => f.Outcome == Outcome.Met);
        result.Receipt.ProfileId.Should().Be("CN-2016");
    }

    [Fact]
    public void An_unresolved_objection_to_the_township_notice_leaves_the_procedure_pending()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { Procedure = Levels.CompleteDelisting with { UnresolvedObjections = 1 } });

        result.Status.Should().Be(VillageStatus.EligibleProcedurePending);
        result.FailedCriteria.Should().Equal(TownshipNoticeStepRule.Id);
    }

    [Fact]
    public void No_recorded_procedure_leaves_it_pending_not_undetermined()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { Procedure = null });

        result.Status.Should().Be(VillageStatus.EligibleProcedurePending);
        result.UnknownCriteria.Should().Equal(TownshipNoticeStepRule.Id, DelistingAnnouncementStepRule.Id);
    }

    [Fact]
    public void A_notice_without_the_announcement_is_pending()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { Procedure = new DelistingProcedureRecord { NoticeHeld = true, UnresolvedObjections = 0, Announced = false } });

        result.Status.Should().Be(VillageStatus.EligibleProcedurePending);
        result.FailedCriteria.Should().Equal(DelistingAnnouncementStepRule.Id);
    }

    [Fact]
    public void A_failed_criterion_outranks_a_pending_procedure()
    {
        Levels.Assess(Levels.DelistableVillage(remaining: 500) with { Procedure = null }).Status.Should().Be(VillageStatus.RemainsListed);
    }
}
