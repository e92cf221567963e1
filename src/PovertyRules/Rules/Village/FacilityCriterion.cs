using System.Linq.Expressions;

namespace PovertyRules.Rules.Village;

/// <summary>The criterion of an infrastructure or public-service rule: it applies where the profile requires the facility.</summary>
internal static class FacilityCriterion
{
    /// <param name="id">The rule id.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="present">
    /// Whether the village record has the facility: its field, named as the profile's <c>villageRequiredFacilities</c>
    /// names the facility.
    /// </param>
    public static StepCriterion<VillageFact> Of(string id, string nameEn, string nameZh, Expression<Func<VillageFact, bool?>> present)
    {
        var facility = Enum.Parse<VillageFacilities>(((MemberExpression)present.Body).Member.Name);
        return new(id, CriterionKind.ExitCriterion, nameEn, nameZh, present, (fact, value) => Explain(fact, value, facility), p => (p.VillageRequiredFacilities.Value & facility) != 0);
    }

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
