using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Support;

/// <summary>
/// Villages and counties for tests: <see cref="DelistableVillage"/> and <see cref="ExitingCounty"/> meet every
/// criterion under the 2016 national profile; tests change one thing with <c>with</c>.
/// </summary>
internal static class Levels
{
    /// <summary>A village in Hunan (43): central region, 2% thresholds.</summary>
    public const string CentralVillage = "431226101201";

    /// <summary>A village in Guizhou (52): western region, 3% thresholds.</summary>
    public const string WesternVillage = "522301101201";

    public const string CentralCounty = "431226";
    public const string WesternCounty = "522301";

    public static DelistingProcedureRecord CompleteDelisting => new() { NoticeHeld = true, UnresolvedObjections = 0, Announced = true };

    public static DecappingProcedureRecord CompleteDecapping => new()
    {
        CountyProposal = true,
        CityReview = true,
        ProvinceVerificationAndNotice = true,
        ProvinceApprovalAndReport = true,
        NationalAssessment = true,
        ProvinceFormalApproval = true,
    };

    /// <summary>A sample whose three rates all pass clearly: wrong exit 0.5%, omission 0.5%, approval 98%.</summary>
    public static ThirdPartySample PassingSample => new()
    {
        ExitedPeopleSampled = 1000,
        WronglyExitedPeople = 5,
        NonRegisteredPeopleSampled = 2000,
        OmittedPoorPeople = 10,
        HouseholdsSurveyed = 500,
        HouseholdsApproving = 490,
    };

    /// <summary>A village with incidence 1% (10 of 1,000), every facility, collective income 50,000 and a complete procedure.</summary>
    public static Village DelistableVillage(string code = CentralVillage, int population = 1000, int remaining = 10) => new()
    {
        Code = code,
        RuralPopulation = population,
        RemainingPoorPeople = remaining,
        HardenedRoad = true,
        Electricity = true,
        SafeDrinkingWater = true,
        Clinic = true,
        CulturalCentre = true,
        Broadband = true,
        CollectiveIncome = 50_000m,
        Procedure = CompleteDelisting,
    };

    /// <summary>A county with incidence 1% (1,000 of 100,000), a passing sample and a complete procedure.</summary>
    public static County ExitingCounty(string code = CentralCounty, int population = 100_000, int remaining = 1000) => new()
    {
        Code = code,
        RuralPopulation = population,
        RemainingPoorPeople = remaining,
        ExitedPeople = 20_000,
        RuralPerCapitaIncome = 9_000m,
        Evaluation = PassingSample,
        Procedure = CompleteDecapping,
    };

    public static PolicyProfile National2016 => PolicyProfiles.National(2016);

    /// <summary>The 2016 national profile with Hunan's village collective-income minimum of 40,000 yuan.</summary>
    public static PolicyProfile Hunan2016 => National2016 with
    {
        Id = "HN-2016-test",
        VillageMinimumCollectiveIncome = new(40_000m, Citations.Hunan2016, false),
    };

    public static PolicyProfile WithOverride(this PolicyProfile profile, string county, bool western) =>
        profile with { CountyRegionOverrides = new(ImmutableSortedDictionary<string, bool>.Empty.Add(county, western), "test override", false) };

    public static VillageAssessment Assess(Village village, PolicyProfile? profile = null) =>
        Engine.Instance.AssessVillage(village, profile ?? National2016);

    public static CountyAssessment Assess(County county, PolicyProfile? profile = null) =>
        Engine.Instance.AssessCounty(county, profile ?? National2016);

    public static Finding Finding(this VillageAssessment assessment, string ruleId) => assessment.Findings.Single(f => f.RuleId == ruleId);

    public static Finding Finding(this CountyAssessment assessment, string ruleId) => assessment.Findings.Single(f => f.RuleId == ruleId);

    public static Outcome OutcomeOf(this VillageAssessment assessment, string ruleId) => assessment.Finding(ruleId).Outcome;

    public static Outcome OutcomeOf(this CountyAssessment assessment, string ruleId) => assessment.Finding(ruleId).Outcome;
}
