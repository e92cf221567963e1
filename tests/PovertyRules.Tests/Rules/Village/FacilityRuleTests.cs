using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Village;

public class FacilityRuleTests
{
    [Fact]
    public void A_village_that_meets_incidence_but_lacks_a_required_road_remains_listed()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { HardenedRoad = false });

        result.Status.Should().Be(VillageStatus.RemainsListed);
        result.FailedCriteria.Should().Equal(HardenedRoadRule.Id);
        result.OutcomeOf(VillageIncidenceRule.Id).Should().Be(Outcome.Met);
        result.Finding(HardenedRoadRule.Id).MessageEn.Should().Be("Hardened road (VIL-ROAD): not met. Actual: absent; required: present.");
        result.Finding(HardenedRoadRule.Id).Parameter.Should().Be("villageRequiredFacilities");
    }

    [Fact]
    public void An_unrecorded_required_facility_is_unknown_and_the_village_undetermined()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { Clinic = null });

        result.OutcomeOf(ClinicRule.Id).Should().Be(Outcome.Unknown);
        result.Status.Should().Be(VillageStatus.Undetermined);
    }

    [Fact]
    public void A_known_failure_is_decisive_over_an_unrecorded_facility()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { Clinic = null, Electricity = false });

        result.Status.Should().Be(VillageStatus.RemainsListed);
        result.FailedCriteria.Should().Equal(ElectricityRule.Id);
        result.UnknownCriteria.Should().Equal(ClinicRule.Id);
    }

    [Fact]
    public void The_national_profile_requires_road_power_water_and_clinic_but_not_culture_or_broadband()
    {
        var result = Levels.Assess(Levels.DelistableVillage() with { CulturalCentre = false, Broadband = false });

        result.Status.Should().Be(VillageStatus.MayDelist);
        result.Findings.Select(f => f.RuleId).Should().Equal(
            VillageIncidenceRule.Id, HardenedRoadRule.Id, ElectricityRule.Id, SafeWaterSupplyRule.Id, ClinicRule.Id,
            TownshipNoticeStepRule.Id, DelistingAnnouncementStepRule.Id);
    }

    [Fact]
    public void A_profile_that_requires_broadband_fails_a_village_without_it()
    {
        var profile = Levels.National2016 with
        {
            VillageRequiredFacilities = new(VillageFacilities.HardenedRoad | VillageFacilities.Broadband, "provincial list", false),
        };

        var result = Levels.Assess(Levels.DelistableVillage() with { Broadband = false, Clinic = false }, profile);

        result.FailedCriteria.Should().Equal(BroadbandRule.Id);
        result.Findings.Should().NotContain(f => f.RuleId == ClinicRule.Id);
    }

    [Fact]
    public void A_profile_that_requires_no_facility_ignores_them_all()
    {
        var profile = Levels.National2016 with { VillageRequiredFacilities = new(VillageFacilities.None, "none", false) };

        Levels.Assess(Levels.DelistableVillage() with { HardenedRoad = false, Electricity = null }, profile).Status.Should().Be(VillageStatus.MayDelist);
    }
}
