using PovertyRules.Model;
using PovertyRules.Rules.Village;

namespace PovertyRules.Rules;

/// <summary>The village delisting criteria in report order; which of them a profile requires.</summary>
internal static class VillageCriteria
{
    /// <summary>Each facility rule with the facility it checks; a facility the profile does not require has no finding.</summary>
    private static readonly (VillageFacilities Facility, Criterion<VillageFact> Criterion)[] FacilityCriteria =
    [
        (HardenedRoadRule.Facility, HardenedRoadRule.Criterion),
        (ElectricityRule.Facility, ElectricityRule.Criterion),
        (SafeWaterSupplyRule.Facility, SafeWaterSupplyRule.Criterion),
        (ClinicRule.Facility, ClinicRule.Criterion),
        (CulturalCentreRule.Facility, CulturalCentreRule.Criterion),
        (BroadbandRule.Facility, BroadbandRule.Criterion),
    ];

    public static readonly CriteriaCatalog<VillageFact> Catalog = new(
        [
            VillageIncidenceRule.Criterion,
            .. FacilityCriteria.Select(f => f.Criterion),
            CollectiveIncomeRule.Criterion,
            TownshipNoticeStepRule.Criterion,
            DelistingAnnouncementStepRule.Criterion,
        ],
        [
            typeof(VillageIncidenceRule), typeof(HardenedRoadRule), typeof(ElectricityRule), typeof(SafeWaterSupplyRule),
            typeof(ClinicRule), typeof(CulturalCentreRule), typeof(BroadbandRule), typeof(CollectiveIncomeRule),
            typeof(TownshipNoticeStepRule), typeof(DelistingAnnouncementStepRule),
        ]);

    public static int ApplicableMask(VillageParameters parameters)
    {
        var mask = Catalog.AllMask;
        foreach (var (facility, criterion) in FacilityCriteria)
        {
            if ((parameters.RequiredFacilities & facility) == 0)
            {
                mask &= ~Catalog.MaskOf(criterion);
            }
        }

        return parameters.MinimumCollectiveIncome is null ? mask & ~Catalog.MaskOf(CollectiveIncomeRule.Criterion) : mask;
    }
}
