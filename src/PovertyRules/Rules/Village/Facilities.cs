using PovertyRules.Evaluation;
using PovertyRules.Model;

namespace PovertyRules.Rules.Village;

/// <summary>The criterion, verdict and evidence shared by the infrastructure and public-service rules.</summary>
internal static class Facilities
{
    public static Criterion<VillageFact> Criterion(string id, VillageFacilities facility, string nameEn, string nameZh) =>
        new(id, CriterionKind.ExitCriterion, nameEn, nameZh, fact => Explain(fact, facility));

    /// <summary>Whether the rule must record a verdict: the profile requires the facility and the village is not known to have it.</summary>
    public static bool Fires(VillageFact fact, VillageFacilities facility) => fact.Requires(facility) && fact.Village.Has(facility) != true;

    public static Verdict Verdict(VillageFact fact, VillageFacilities facility) =>
        fact.Village.Has(facility) switch
        {
            true => Rules.Verdict.Met,
            false => Rules.Verdict.NotMet,
            null => Rules.Verdict.Unknown,
        };

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
