using System.Collections.Concurrent;
using CsCheck;
using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Properties;
using PovertyRules.Tests.Reference;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Distance;

/// <summary>
/// Property-based checks of the distance to exit with CsCheck, over the random households, villages and counties of the
/// equivalence properties: for a record that does not exit and has nothing left to collect, applying every change lets
/// it exit, and leaving out any one change, or asking one unit less of any quantity, does not. A failure carries the
/// seed; replay it with <c>POVERTYRULES_PROPERTY_SEED=seed</c>.
/// </summary>
public class DistanceProperties
{
    private const long Iterations = 5_000;

    public static TheoryData<string> HouseholdProfiles => EngineMatchesReferenceProperties.HouseholdProfiles;

    public static TheoryData<string> LevelProfiles => EngineMatchesReferenceProperties.LevelProfiles;

    [Theory]
    [MemberData(nameof(HouseholdProfiles))]
    public void Applying_every_change_lets_a_household_exit_and_leaving_out_any_one_does_not(string profileName) =>
        Households(profileName, Iterations);

    [Theory]
    [MemberData(nameof(HouseholdProfiles))]
    public void On_100000_random_households_applying_every_change_lets_each_exit_and_leaving_out_any_one_does_not(string profileName) =>
        Households(profileName, 100_000);

    private static void Households(string profileName, long iterations)
    {
        var profile = EquivalenceTests.ProfileNamed(profileName);
        var tested = new ConcurrentBag<HouseholdStatus>();
        Generators.Household(profile).Sample(
            household =>
            {
                var assessment = Engine.Instance.Assess(household, profile);
                var distance = assessment.DistanceToExit();
                if (distance.Kind != DistanceKind.Changes || distance.InputsToCollect.Count > 0)
                {
                    return;
                }

                tested.Add(assessment.Status);
                var changes = distance.Changes;
                Status(ApplyDistance.To(household, changes, profile)).Should().Be(HouseholdStatus.MayExit, distance.Summary);
                for (var i = 0; i < changes.Count; i++)
                {
                    var without = changes.Where((_, j) => j != i);
                    Status(ApplyDistance.To(household, without, profile)).Should().NotBe(HouseholdStatus.MayExit, $"{changes[i].Code} left out of {distance.Summary}");
                    if (changes[i].Amount is > 0m and var amount)
                    {
                        var less = without.Append(changes[i] with { Amount = amount - 1m });
                        Status(ApplyDistance.To(household, less, profile)).Should().NotBe(HouseholdStatus.MayExit, $"{changes[i].Code} one less in {distance.Summary}");
                    }
                }
            },
            iter: iterations,
            seed: EngineMatchesReferenceProperties.Seed);

        tested.Should().Contain(HouseholdStatus.RemainsPoor).And.Contain(HouseholdStatus.EligibleProcedurePending);
        tested.Count(s => s == HouseholdStatus.RemainsPoor).Should().BeGreaterThan(100, "the generator must give enough households that remain poor");

        HouseholdStatus Status(Household h) => Engine.Instance.Assess(h, profile).Status;
    }

    [Theory]
    [MemberData(nameof(HouseholdProfiles))]
    public void Applying_every_change_to_a_household_with_inputs_missing_leaves_it_undetermined_not_poor(string profileName)
    {
        var profile = EquivalenceTests.ProfileNamed(profileName);
        var tested = 0;
        Generators.Household(profile).Sample(
            household =>
            {
                var distance = Engine.Instance.Assess(household, profile).DistanceToExit();
                if (distance.Kind != DistanceKind.Changes || distance.InputsToCollect.Count == 0)
                {
                    return;
                }

                Interlocked.Increment(ref tested);
                Engine.Instance.Assess(ApplyDistance.To(household, distance.Changes, profile), profile).Status.Should().Be(HouseholdStatus.Undetermined, distance.Summary);
            },
            iter: Iterations,
            seed: EngineMatchesReferenceProperties.Seed);

        tested.Should().BeGreaterThan(100);
    }

    [Theory]
    [MemberData(nameof(LevelProfiles))]
    public void Applying_every_change_lets_a_village_be_delisted_and_leaving_out_any_one_does_not(string profileName)
    {
        var profile = EngineMatchesReferenceProperties.LevelProfile(profileName);
        var tested = 0;
        Generators.Village(profile).Sample(
            input =>
            {
                var distance = Assess(input.Village, input.Rejected).DistanceToExit();
                if (distance.Kind != DistanceKind.Changes || distance.InputsToCollect.Count > 0 || Unreachable(distance))
                {
                    return;
                }

                Interlocked.Increment(ref tested);
                var changes = distance.Changes;
                Assess(ApplyDistance.To(input.Village, changes), input.Rejected).Status.Should().Be(VillageStatus.MayDelist, distance.Summary);
                for (var i = 0; i < changes.Count; i++)
                {
                    var without = changes.Where((_, j) => j != i);
                    Assess(ApplyDistance.To(input.Village, without), input.Rejected).Status.Should().NotBe(VillageStatus.MayDelist, $"{changes[i].Code} left out of {distance.Summary}");
                    if (changes[i].Amount is > 0m and var amount)
                    {
                        var less = without.Append(changes[i] with { Amount = amount - 1m });
                        Assess(ApplyDistance.To(input.Village, less), input.Rejected).Status.Should().NotBe(VillageStatus.MayDelist, $"{changes[i].Code} one less in {distance.Summary}");
                    }
                }
            },
            iter: Iterations,
            seed: EngineMatchesReferenceProperties.Seed);

        tested.Should().BeGreaterThan(100);

        VillageAssessment Assess(Village village, int rejected) => Engine.Instance.AssessVillages([new LevelInput<Village>(village, rejected)], profile)[0];
    }

    [Theory]
    [MemberData(nameof(LevelProfiles))]
    public void Applying_every_change_lets_a_county_exit_and_leaving_out_any_one_does_not(string profileName)
    {
        var profile = EngineMatchesReferenceProperties.LevelProfile(profileName);
        var tested = 0;
        Generators.County(profile).Sample(
            input =>
            {
                var distance = Assess(input.County, input.Rejected).DistanceToExit();
                if (distance.Kind != DistanceKind.Changes || distance.InputsToCollect.Count > 0 || Unreachable(distance))
                {
                    return;
                }

                Interlocked.Increment(ref tested);
                var changes = distance.Changes;
                Assess(ApplyDistance.To(input.County, changes), input.Rejected).Status.Should().Be(CountyStatus.MayExit, distance.Summary);
                for (var i = 0; i < changes.Count; i++)
                {
                    var without = changes.Where((_, j) => j != i);
                    Assess(ApplyDistance.To(input.County, without), input.Rejected).Status.Should().NotBe(CountyStatus.MayExit, $"{changes[i].Code} left out of {distance.Summary}");
                    if (changes[i].Amount is > 0m and var amount && changes[i].Kind != ChangeKind.ReduceSampledCases && changes[i].Kind != ChangeKind.RaiseSampledApproval)
                    {
                        var less = without.Append(changes[i] with { Amount = amount - 1m });
                        Assess(ApplyDistance.To(input.County, less), input.Rejected).Status.Should().NotBe(CountyStatus.MayExit, $"{changes[i].Code} one less in {distance.Summary}");
                    }
                    else if (changes[i].Required is { } allowed && changes[i].Kind is ChangeKind.ReduceSampledCases or ChangeKind.RaiseSampledApproval)
                    {
                        var step = changes[i].Kind == ChangeKind.ReduceSampledCases ? 1m : -1m;
                        var less = without.Append(changes[i] with { Required = allowed + step });
                        Assess(ApplyDistance.To(input.County, less), input.Rejected).Status.Should().NotBe(CountyStatus.MayExit, $"{changes[i].Code} one case short in {distance.Summary}");
                    }
                }
            },
            iter: Iterations,
            seed: EngineMatchesReferenceProperties.Seed);

        tested.Should().BeGreaterThan(100);

        CountyAssessment Assess(County county, int rejected) => Engine.Instance.AssessCounties([new LevelInput<County>(county, rejected)], profile)[0];
    }

    /// <summary>A change no quantity satisfies (every remaining person exiting would still fail): there is nothing to apply.</summary>
    private static bool Unreachable(ExitDistance distance) =>
        distance.Changes.Any(c => c.Kind is ChangeKind.RemovePoorPeople or ChangeKind.ReduceSampledCases or ChangeKind.RaiseSampledApproval && c.Amount is null);
}
