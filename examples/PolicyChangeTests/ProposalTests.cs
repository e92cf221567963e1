using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Policy;
using PovertyRules.Scenarios;
using PovertyRules.Scenarios.Xunit;
using Xunit.Abstractions;

namespace PolicyChangeTests;

/// <summary>
/// The working group's proposal (Profiles/proposal-2016.json): raise the 2016 exit line to 4,000 yuan and require safe
/// drinking water. The scenario files pin what it does to the households discussed; the guard keeps its overall impact
/// on the fixed sample within what the group agreed.
/// </summary>
public class ProposalTests(ITestOutputHelper output)
{
    private static readonly PolicyProfile InForce = PolicyProfiles.National(2016);
    private static readonly PolicyProfile Proposal = ProfileJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "Profiles", "proposal-2016.json"));

    [Theory]
    [ScenarioData("Scenarios/*.yaml")]
    public void Scenario_holds(ScenarioCase scenario) => scenario.Verify();

    [Fact]
    public void The_proposal_changes_only_the_2016_line_and_the_water_requirement()
    {
        ProfileReport.Diff(InForce, Proposal).Select(d => d.Name).Should().Equal("povertyLines.2016", "safeDrinkingWaterRequired");
    }

    [Fact]
    public void The_proposal_moves_at_most_half_of_the_fixed_sample_and_only_away_from_exit()
    {
        var report = SnapshotGuard.AssertAtMostChanged(FixedSample.Households, InForce, Proposal, maxChangedPercent: 50);

        output.WriteLine(report.ToString());
        report.Households.Transitions.Where(t => t.Changed).Should().OnlyContain(t => t.From == nameof(HouseholdStatus.MayExit));
        report.Households.Transitions.Where(t => t.Changed).SelectMany(t => t.Criteria).Select(c => c.CriterionId)
            .Should().OnlyContain(id => id == "HH-INCOME" || id == "HH-WATER");
    }

    [Fact]
    public void The_impact_report_is_written_for_the_policy_team()
    {
        var report = new PolicyComparison(ScenarioRunner.Default.Engine).Compare(FixedSample.Households, InForce, Proposal);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "impact")).FullName;

        using (var json = File.Create(Path.Combine(folder, "proposal-2016.json")))
        {
            report.WriteJson(json);
        }

        using (var csv = File.CreateText(Path.Combine(folder, "proposal-2016.csv")))
        {
            report.WriteCsv(csv);
        }

        output.WriteLine($"impact report written to {folder}");
        report.Households.Records.Should().Be(FixedSample.Households.Count);
        report.Households.Counties.Select(c => c.County).Should().Equal("431226", "431227", "433101");
    }
}
