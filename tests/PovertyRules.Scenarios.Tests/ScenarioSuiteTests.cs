using PovertyRules.Assessment;
using PovertyRules.Scenarios.Xunit;

namespace PovertyRules.Scenarios.Tests;

/// <summary>
/// The library's own scenario files: every household, exclusion, village and county criterion on both sides of its
/// threshold, and every outcome of each level.
/// </summary>
public class ScenarioSuiteTests
{
    [Theory]
    [ScenarioData("Scenarios/*.yaml")]
    public void Scenario_outcome_matches_its_expectation(ScenarioCase scenario) => scenario.Verify();

    private static IEnumerable<Scenario> Suite => ScenarioFile.Find("Scenarios/*.yaml").SelectMany(ScenarioFile.Load);

    public static TheoryData<ScenarioKind> Kinds => [ScenarioKind.Household, ScenarioKind.Village, ScenarioKind.County, ScenarioKind.Accountability];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_rule_of_each_rule_set_is_expected_to_fail_in_some_scenario_of_its_kind(ScenarioKind kind)
    {
        var engine = ScenarioRunner.Default.Engine;
        var rules = kind switch { ScenarioKind.Village => engine.VillageRules, ScenarioKind.County => engine.CountyRules, ScenarioKind.Accountability => engine.AccountabilityRules, _ => engine.Rules };
        var pinned = Suite.Where(s => s.Kind == kind).SelectMany(s => s.Expect.Failed ?? []).ToHashSet();

        rules.Select(r => r.Id).Should().NotBeEmpty().And.OnlyContain(id => pinned.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_outcome_of_each_level_is_expected_in_some_scenario_of_its_kind(ScenarioKind kind)
    {
        var outcomes = kind switch
        {
            ScenarioKind.Village => Enum.GetNames<VillageStatus>(),
            ScenarioKind.County => Enum.GetNames<CountyStatus>(),
            ScenarioKind.Accountability => Enum.GetNames<AccountabilityStatus>(),
            _ => Enum.GetNames<HouseholdStatus>(),
        };
        var expected = Suite.Where(s => s.Kind == kind).Select(s => s.Expect.Status).ToHashSet();

        outcomes.Should().OnlyContain(status => expected.Contains(status));
    }
}
