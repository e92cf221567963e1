using PovertyRules.Assessment;
using PovertyRules.Synthetic;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// The equivalence check at the scale the bulk path is built for. Slow: run it with
/// <c>POVERTYRULES_SLOW_TESTS=1 dotnet test PovertyRules.sln -c Release --filter Category=Slow</c>.
/// </summary>
[Trait("Category", "Slow")]
public class MillionHouseholdEquivalenceTests
{
    [SlowTheory]
    [InlineData("CN-2016")]
    [InlineData("two-years-all-options")]
    public void Engine_agrees_with_the_reference_evaluator_on_a_million_synthetic_households(string profileName)
    {
        var profile = EquivalenceTests.ProfileNamed(profileName);

        var (disagreements, statuses) = EquivalenceTests.Compare(new SyntheticPopulation(profile, seed: 1_000_000).Households(1_000_000), profile);

        disagreements.Should().BeEmpty();
        statuses.Values.Sum().Should().Be(1_000_000);
    }

    [SlowTheory]
    [MemberData(nameof(EquivalenceTests.Profiles), MemberType = typeof(EquivalenceTests))]
    public void Engine_agrees_with_the_reference_evaluator_on_250000_random_households_per_profile(string profileName)
    {
        var profile = EquivalenceTests.ProfileNamed(profileName);
        var seed = StableSeed.Of(profileName, 1_000_003);
        var generator = new RandomHouseholds(seed);

        var (disagreements, statuses) = EquivalenceTests.Compare(Enumerable.Range(0, 250_000).Select(i => generator.Next(i, profile)), profile);

        disagreements.Should().BeEmpty($"RandomHouseholds(seed: {seed}) replays them");
        statuses.Keys.Should().BeEquivalentTo(Enum.GetValues<HouseholdStatus>());
    }
}
