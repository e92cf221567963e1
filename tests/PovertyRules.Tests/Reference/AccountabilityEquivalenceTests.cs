using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;
using Xunit.Abstractions;

namespace PovertyRules.Tests.Reference;

public class AccountabilityEquivalenceTests(ITestOutputHelper output)
{
    // CN-2016 flags two consecutive years graded A; the other profile three years graded B, so that the run and the
    // grade are read from the profile and not assumed.
    public static TheoryData<string> Profiles => ["CN-2016", "three-years-grade-B"];

    internal static PolicyProfile ProfileNamed(string name) => name switch
    {
        "three-years-grade-B" => PolicyProfiles.National(2016) with
        {
            Id = name,
            PromotionPriorityConsecutiveYears = new(3, "t", false),
            PromotionPriorityGrade = new("B", "t", false),
        },
        _ => PolicyProfiles.Find(name)!,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Accountability_rules_agree_with_the_reference_evaluator_on_12000_random_counties(string profileName) =>
        Agree(profileName, 12_000, output);

    internal static void Agree(string profileName, int count, ITestOutputHelper output)
    {
        var profile = ProfileNamed(profileName);
        var seed = SeedFor(profileName);
        output.WriteLine($"RandomAccountability seed {seed} (replay with {Properties.EngineMatchesReferenceProperties.SeedVariable}={seed})");

        var (disagreements, results) = Compare(seed, count, profile);

        disagreements.Should().BeEmpty($"RandomAccountability(seed: {seed}) replays them");
        results.Select(r => r.Status).Distinct().Should().BeEquivalentTo(
            [AccountabilityStatus.Compliant, AccountabilityStatus.Breach, AccountabilityStatus.Undetermined], "the random counties must reach every outcome of a valid record");
        var failed = results.SelectMany(r => r.FailedCriteria).ToHashSet();
        var unknown = results.SelectMany(r => r.UnknownCriteria).ToHashSet();
        var met = results.SelectMany(r => r.Findings).Where(f => f.Outcome == PovertyRules.Rules.Outcome.Met).Select(f => f.RuleId).ToHashSet();
        var ids = Engine.Instance.AccountabilityRules.Select(r => r.Id).ToList();
        failed.Should().BeEquivalentTo(ids, "every rule must be seen failing");
        unknown.Should().BeEquivalentTo(ids, "every rule must be seen unknown");
        met.Should().BeEquivalentTo(ids, "every rule must be seen met");
    }

    internal static (List<string> Disagreements, IReadOnlyList<AccountabilityAssessment> Results) Compare(int seed, int count, PolicyProfile profile)
    {
        var random = new RandomAccountability(seed);
        var inputs = Enumerable.Range(0, count).Select(random.Next).ToList();
        var results = Engine.Instance.AssessAccountability(inputs, profile);
        var disagreements = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = AccountabilityReferenceEvaluator.Evaluate(inputs[i], profile);
            var actual = results[i];
            if (actual.Status != expected.Status || !expected.Failed.SetEquals(actual.FailedCriteria) || !expected.Unknown.SetEquals(actual.UnknownCriteria))
            {
                disagreements.Add($"{i}: engine {actual.Status} [{string.Join(",", actual.FailedCriteria)}|{string.Join(",", actual.UnknownCriteria)}] {string.Join("; ", actual.Errors)}, "
                    + $"reference {expected.Status} [{string.Join(",", expected.Failed)}|{string.Join(",", expected.Unknown)}]");
            }
        }

        return (disagreements, results);
    }

    /// <summary>The seed of the run: the one <c>POVERTYRULES_PROPERTY_SEED</c> names (an integer) to replay a failure, else a stable one per profile.</summary>
    private static int SeedFor(string profileName) =>
        int.TryParse(Environment.GetEnvironmentVariable(Properties.EngineMatchesReferenceProperties.SeedVariable), out var replay)
            ? replay
            : StableSeed.Of(profileName, 815);
}
