using System.Linq.Expressions;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>The criterion of an infrastructure or public-service rule: it applies where the profile requires the facility.</summary>
internal static class FacilityCriterion
{
    /// <param name="id">The rule id.</param>
    /// <param name="facility">The facility, as the profile's <c>villageRequiredFacilities</c> names it.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="present">Whether the village record has the facility.</param>
    public static StepCriterion<VillageFact> Of(
        string id, VillageFacilities facility, string nameEn, string nameZh, Expression<Func<VillageFact, bool?>> present) =>
        new(id, CriterionKind.ExitCriterion, nameEn, nameZh, present, (fact, value) => Explain(fact, value, facility), p => (p.VillageRequiredFacilities.Value & facility) != 0);

    private static Evidence Explain(VillageFact fact, bool? present, VillageFacilities facility)
    {
        var required = fact.Parameters.Profile.VillageRequiredFacilities;
        return new Evidence(
            present switch { true => "present", false => "absent", null => $"not recorded ({facility})" },
            "present",
            "villageRequiredFacilities",
            required.Citation,
            required.Verified);
    }
}
