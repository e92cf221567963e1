using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>The criterion of an infrastructure or public-service rule: it applies where the profile requires the facility.</summary>
internal static class FacilityCriterion
{
    public static Criterion<VillageFact> Of(string id, VillageFacilities facility, string nameEn, string nameZh) =>
        new(id, CriterionKind.ExitCriterion, nameEn, nameZh, fact => Explain(fact, facility), p => (p.VillageRequiredFacilities.Value & facility) != 0);

    private static Evidence Explain(VillageFact fact, VillageFacilities facility)
    {
        var required = fact.Parameters.Profile.VillageRequiredFacilities;
        return new Evidence(
            fact.Village.Has(facility) switch { true => "present", false => "absent", null => $"not recorded ({facility})" },
            "present",
            "villageRequiredFacilities",
            required.Citation,
            required.Verified);
    }
}
