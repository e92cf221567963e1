using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Reference;

public class LevelEquivalenceTests
{
    // CN-2016 reads the county thresholds strictly, CN-2017 as the 2017 assessment method does (at most / at least).
    public static TheoryData<string> Profiles => ["CN-2016", "CN-2017", "all-options"];

    private static PolicyProfile ProfileNamed(string name) => name switch
    {
        "all-options" => PolicyProfiles.National(2016) with
        {
            Id = name,
            VillageRequiredFacilities = new((VillageFacilities)63, "t", false),
            VillageMinimumCollectiveIncome = new(40_000m, "t", false),
            CountyMinimumRuralIncome = new(8_000m, "t", false),
            ComprehensiveIncidence = new(true, "t", false),
            CountyRegionOverrides = new(ImmutableSortedDictionary<string, bool>.Empty.Add("433101", true).Add("522301", false), "t", false),
            WrongExitRateThreshold = new(0.03m, "t", false),
            CountyIncidenceComparison = new(PassingSide.AtMost, "t", false),
            OmissionRateComparison = new(PassingSide.AtMost, "t", false),
            PublicApprovalComparison = new(PassingSide.AtLeast, "t", false),
            RegisterIncidenceGate = new(0.03m, "t", false),
        },
        _ => PolicyProfiles.Find(name)!,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Village_rules_agree_with_the_reference_evaluator_on_12000_random_villages(string profileName)
    {
        var profile = ProfileNamed(profileName);
        var seed = StableSeed.Of(profileName, 1600);
        var random = new RandomLevels(seed);
        var inputs = Enumerable.Range(0, 12_000).Select(_ => random.NextVillage(profile)).ToList();

        var results = Engine.Instance.AssessVillages(
            [.. inputs.Select(i => new LevelInput<Village>(i.Village, i.RejectedHouseholds))], profile);

        var disagreements = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = LevelReferenceEvaluator.Village(inputs[i].Village, inputs[i].RejectedHouseholds, profile);
            var actual = results[i];
            if (actual.Status != expected.Status || !expected.Failed.SetEquals(actual.FailedCriteria) || !expected.Unknown.SetEquals(actual.UnknownCriteria))
            {
                disagreements.Add($"{i} {inputs[i]}: engine {actual.Status} [{string.Join(",", actual.FailedCriteria)}|{string.Join(",", actual.UnknownCriteria)}], "
                    + $"reference {expected.Status} [{string.Join(",", expected.Failed)}|{string.Join(",", expected.Unknown)}]");
            }
        }

        disagreements.Should().BeEmpty($"RandomLevels(seed: {seed}) replays them");
        results.Select(r => r.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<VillageStatus>(), "the random villages must reach every outcome");
        results.SelectMany(r => r.FailedCriteria).Distinct().Should().Contain("VIL-INCIDENCE");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void County_rules_agree_with_the_reference_evaluator_on_12000_random_counties(string profileName)
    {
        var profile = ProfileNamed(profileName);
        var seed = StableSeed.Of(profileName, 2017);
        var random = new RandomLevels(seed);
        var inputs = Enumerable.Range(0, 12_000).Select(_ => random.NextCounty(profile)).ToList();

        var results = Engine.Instance.AssessCounties(
            [.. inputs.Select(i => new LevelInput<County>(i.County, i.RejectedHouseholds))], profile);

        var disagreements = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = LevelReferenceEvaluator.County(inputs[i].County, inputs[i].RejectedHouseholds, profile);
            var actual = results[i];
            if (actual.Status != expected.Status || !expected.Failed.SetEquals(actual.FailedCriteria) || !expected.Unknown.SetEquals(actual.UnknownCriteria))
            {
                disagreements.Add($"{i} {inputs[i]}: engine {actual.Status} [{string.Join(",", actual.FailedCriteria)}|{string.Join(",", actual.UnknownCriteria)}], "
                    + $"reference {expected.Status} [{string.Join(",", expected.Failed)}|{string.Join(",", expected.Unknown)}]");
            }
        }

        disagreements.Should().BeEmpty($"RandomLevels(seed: {seed}) replays them");
        results.Select(r => r.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<CountyStatus>(), "the random counties must reach every outcome");
        results.SelectMany(r => r.FailedCriteria).Distinct().Should().Contain(["CNT-INCIDENCE", "CNT-WRONG-EXIT", "CNT-OMISSION", "CNT-APPROVAL"]);
    }
}
