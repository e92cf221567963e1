namespace PovertyRules.Rules.Village;

/// <summary>The village delisting criteria in report order, with their rule classes.</summary>
internal static class VillageCriteria
{
    public static readonly CriteriaCatalog<VillageFact> Catalog = new(
        (VillageIncidenceRule.Criterion, typeof(VillageIncidenceRule)),
        (HardenedRoadRule.Criterion, typeof(HardenedRoadRule)),
        (ElectricityRule.Criterion, typeof(ElectricityRule)),
        (SafeWaterSupplyRule.Criterion, typeof(SafeWaterSupplyRule)),
        (ClinicRule.Criterion, typeof(ClinicRule)),
        (CulturalCentreRule.Criterion, typeof(CulturalCentreRule)),
        (BroadbandRule.Criterion, typeof(BroadbandRule)),
        (CollectiveIncomeRule.Criterion, typeof(CollectiveIncomeRule)),
        (TownshipNoticeStepRule.Criterion, typeof(TownshipNoticeStepRule)),
        (DelistingAnnouncementStepRule.Criterion, typeof(DelistingAnnouncementStepRule)));
}
