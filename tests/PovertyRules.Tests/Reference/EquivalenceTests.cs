using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Reference;

public class EquivalenceTests
{
    public static TheoryData<string> Profiles => ["CN-2016", "CN-2019", "two-years-all-options", "disposable-capped"];

    internal static PolicyProfile ProfileNamed(string name) => name switch
    {
        "two-years-all-options" => PolicyProfiles.National(2017) with
        {
            Id = name,
            YearsAboveLine = new(2, "t", false),
            ExcludedTransfers = new(TransferExclusions.Pension | TransferExclusions.OneOffRelief, "t", false),
            CadreWithMajorCauseExempt = new(true, "t", false),
            DisabilityVehicleExempt = new(true, "t", false),
            MinimumExcludingCarValue = new(30000m, "t", false),
            WorkVehiclesExcluded = new(true, "t", false),
            SafeDrinkingWaterRequired = new(true, "t", false),
            MinimumNoticeDays = new(5, "t", false),
        },
        "disposable-capped" => PolicyProfiles.National(2018) with
        {
            Id = name,
            IncomeMeasure = new(IncomeMeasure.Disposable, "t", false),
            MaxTransferShare = new(0.5m, "t", false),
            VillageCadresExcluded = new(false, "t", false),
            ExcludedTransfers = new(TransferExclusions.MinimumLivingAllowance, "t", false),
        },
        _ => PolicyProfiles.Find(name)!,
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Engine_agrees_with_the_reference_evaluator_on_25000_random_households(string profileName)
    {
        var profile = ProfileNamed(profileName);
        var seed = StableSeed.Of(profileName, 20161);
        var generator = new RandomHouseholds(seed);
        var households = Enumerable.Range(0, 25_000).Select(i => generator.Next(i, profile));

        var (disagreements, statuses) = Compare(households, profile);

        disagreements.Should().BeEmpty($"RandomHouseholds(seed: {seed}) replays them");
        statuses.Keys.Should().BeEquivalentTo(Enum.GetValues<HouseholdStatus>(), "the random population must reach every outcome");
    }

    [Theory]
    [InlineData("CN-2016")]
    [InlineData("CN-2019")]
    public void Engine_agrees_with_the_reference_evaluator_on_50000_synthetic_households(string profileName)
    {
        var profile = ProfileNamed(profileName);

        var (disagreements, statuses) = Compare(new SyntheticPopulation(profile, seed: 4).Households(50_000), profile);

        disagreements.Should().BeEmpty();
        statuses.Keys.Should().BeEquivalentTo(Enum.GetValues<HouseholdStatus>(), "the synthetic population reaches every outcome");
    }

    /// <summary>
    /// Runs the engine's bulk path over <paramref name="households"/> and checks every result against the reference
    /// evaluator as it streams by, so that millions of households need no more memory than a few batches.
    /// </summary>
    internal static (List<string> Disagreements, Dictionary<HouseholdStatus, int> Statuses) Compare(IEnumerable<Household> households, PolicyProfile profile)
    {
        var pending = new Queue<Household>();
        var disagreements = new List<string>();
        var statuses = new Dictionary<HouseholdStatus, int>();
        foreach (var actual in Engine.Instance.AssessMany(households.Select(h => { pending.Enqueue(h); return h; }), profile))
        {
            var household = pending.Dequeue();
            var expected = ReferenceEvaluator.Evaluate(household, profile);
            statuses[actual.Status] = statuses.GetValueOrDefault(actual.Status) + 1;
            if (actual.Status != expected.Status
                || !expected.Failed.SetEquals(actual.FailedCriteria)
                || !expected.Unknown.SetEquals(actual.UnknownCriteria))
            {
                disagreements.Add($"{household.Id}: engine {actual.Status} [{string.Join(",", actual.FailedCriteria)}|{string.Join(",", actual.UnknownCriteria)}], "
                    + $"reference {expected.Status} [{string.Join(",", expected.Failed)}|{string.Join(",", expected.Unknown)}]");
            }
        }

        pending.Should().BeEmpty("every household gives one result");
        return (disagreements, statuses);
    }
}
