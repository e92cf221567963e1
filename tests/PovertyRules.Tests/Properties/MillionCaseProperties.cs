using PovertyRules.Tests.Reference;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Properties;

/// <summary>The long run of <see cref="EngineMatchesReferenceProperties"/>: a million cases a level, behind the slow switch.</summary>
[Trait("Category", "Slow")]
public class MillionCaseProperties
{
    [SlowFact]
    public void Engine_agrees_with_the_reference_on_a_million_random_households() =>
        EngineMatchesReferenceProperties.Households(EquivalenceTests.ProfileNamed("two-years-all-options"), 1_000_000).Should()
            .BeEquivalentTo(Enum.GetValues<PovertyRules.Assessment.HouseholdStatus>());

    [SlowFact]
    public void Engine_agrees_with_the_reference_on_a_million_random_villages_and_a_million_counties()
    {
        var profile = EngineMatchesReferenceProperties.LevelProfile("all-options");
        EngineMatchesReferenceProperties.Villages(profile, 1_000_000);
        EngineMatchesReferenceProperties.Counties(profile, 1_000_000);
    }
}
