using PovertyRules.Tests.Support;
using Xunit.Abstractions;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// The accountability equivalence check on 100,000 seeded random counties per profile (about 25 s each on a loaded
/// two-core machine). Slow: run it with <c>POVERTYRULES_SLOW_TESTS=1 dotnet test tests/PovertyRules.Tests -c Release --filter Category=Slow</c>.
/// </summary>
[Trait("Category", "Slow")]
public class SlowAccountabilityEquivalenceTests(ITestOutputHelper output)
{
    [SlowTheory]
    [MemberData(nameof(AccountabilityEquivalenceTests.Profiles), MemberType = typeof(AccountabilityEquivalenceTests))]
    public void Accountability_rules_agree_with_the_reference_evaluator_on_100000_random_counties(string profileName) =>
        AccountabilityEquivalenceTests.Agree(profileName, 100_000, output);
}
