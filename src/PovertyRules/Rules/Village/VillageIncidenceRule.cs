
namespace PovertyRules.Rules.Village;

/// <summary>
/// 贫困发生率 — the village's poverty incidence (remaining registered poor people / rural registered population) is
/// strictly below the profile's threshold: 2% nationally, 3% in the western region or a county the profile treats as
/// western. An incidence equal to the threshold fails.
/// </summary>
[Name(Id), Tag(RuleTags.VillageDelisting), Description("贫困村退出以贫困发生率为主要衡量标准，原则上贫困村贫困发生率降至2%以下(西部地区降至3%以下) (中办发〔2016〕16号 二(二)): incidence strictly below the profile's threshold for the village's region")]
internal sealed class VillageIncidenceRule() : MeasureRule<VillageFact>(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-INCIDENCE";

    private static Evidence Explain(VillageFact fact)
    {
        var profile = fact.Parameters.Profile;
        var threshold = fact.Region.Western ? profile.WesternVillageIncidenceThreshold : profile.VillageIncidenceThreshold;
        return new Evidence(
            IncidenceText.Describe(fact.Village.RemainingPoorPeople, fact.UnassessedHouseholds, fact.Village.RuralPopulation),
            $"{fact.IncidenceThreshold.Describe(Formats.Percent)} ({fact.Region})",
            fact.Region.Western ? "westernVillageIncidenceThreshold" : "villageIncidenceThreshold",
            threshold.Citation,
            threshold.Verified && fact.Region.Verified(profile));
    }

    internal static readonly MeasureCriterion<VillageFact> Criterion =
        new(Id, "Poverty incidence below the threshold", "贫困发生率低于退出标准", v => v.Incidence, v => v.IncidenceThreshold, Explain);
}
