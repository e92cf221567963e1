using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Policy;
using PovertyRules.Scenarios;
using Xunit.Abstractions;

namespace PolicyChangeTests;

/// <summary>
/// The working group's second proposal (Profiles/western-villages-2pct.json): western villages delist below 2% like the
/// others. Scenarios/villages.yaml pins one village; this guard keeps the change to the fixed village sample within
/// what the group agreed, and checks that it moves only western villages, only because of incidence.
/// </summary>
public class WesternThresholdTests(ITestOutputHelper output)
{
    private static readonly PolicyProfile InForce = PolicyProfiles.National(2016);
    private static readonly PolicyProfile Proposal = ProfileJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "Profiles", "western-villages-2pct.json"));

    [Fact]
    public void Lowering_the_western_village_threshold_to_two_percent_moves_at_most_fifteen_percent_of_the_sample_villages()
    {
        var report = new PolicyComparison(ScenarioRunner.Default.Engine).Compare(FixedSample.Villages, [], InForce, Proposal);

        output.WriteLine(report.ToString());
        var villages = report.Villages!;
        villages.Records.Should().Be(FixedSample.Villages.Count);
        villages.ChangedShare.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(0.15);
        villages.Transitions.Where(t => t.Changed).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { From = nameof(VillageStatus.MayDelist), To = nameof(VillageStatus.RemainsListed) });
        villages.Transitions.Single(t => t.Changed).Criteria.Select(c => c.CriterionId).Should().Equal("VIL-INCIDENCE");
        villages.Counties.Single(c => c.County == "431226").Changed.Should().Be(0, "central villages already delist below 2%");
    }
}
