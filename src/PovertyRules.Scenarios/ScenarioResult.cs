using System.Globalization;
using System.Text;
using PovertyRules.Assessment;
using PovertyRules.Rules;

namespace PovertyRules.Scenarios;

/// <summary>The outcome of one scenario. Immutable.</summary>
public sealed class ScenarioResult
{
    private readonly AssessedOutcome _outcome;

    internal ScenarioResult(Scenario scenario, bool passed, IReadOnlyList<string> problems, AssessedOutcome outcome)
    {
        Scenario = scenario;
        Passed = passed;
        Problems = problems;
        _outcome = outcome;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Whether the outcome matched every expectation.</summary>
    public bool Passed { get; }

    /// <summary>What did not match, one sentence each; empty when the scenario passed.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The household assessment (status, findings, receipt) of a household scenario; <c>null</c> for other kinds.</summary>
    public HouseholdAssessment? Assessment => _outcome.Household;

    /// <summary>The village assessment (status, incidence, findings, receipt) of a village scenario; <c>null</c> for other kinds.</summary>
    public VillageAssessment? VillageAssessment => _outcome.Village;

    /// <summary>The county assessment (status, incidence, third-party rates, findings, receipt) of a county scenario; <c>null</c> for other kinds.</summary>
    public CountyAssessment? CountyAssessment => _outcome.County;

    /// <summary>The accountability assessment (status, vetoed years, leaders flagged, coverage, findings, receipt) of an accountability scenario; <c>null</c> for other kinds.</summary>
    public AccountabilityAssessment? AccountabilityAssessment => _outcome.Accountability;

    /// <summary>The figures of a planning scenario by name (months, decappingYear.&lt;code&gt;, amount.&lt;code&gt;, …); empty for other kinds.</summary>
    public IReadOnlyDictionary<string, string> Figures => _outcome.Figures;

    /// <summary>The monitoring classification (risks, categories, risk elimination, receipt) of a monitoring scenario; <c>null</c> for other kinds.</summary>
    public MonitoringAssessment? MonitoringAssessment => _outcome.Monitoring;

    /// <summary>The actual outcome's name, e.g. <c>RemainsListed</c>.</summary>
    public string Status => _outcome.Status;

    /// <summary>
    /// Expected against actual, the problems, and every finding (or input error) with its actual value, threshold and
    /// citation: what an analyst needs to see why a scenario failed.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var where = Scenario.Line is { } line ? $"{Scenario.File}:{line}" : Scenario.File;
        text.Append(CultureInfo.InvariantCulture, $"Scenario '{Scenario.Name}' ({where}) under {Scenario.Profile.Id}: {(Passed ? "passed" : "FAILED")}").AppendLine();
        text.Append("  expected: ").Append(Scenario.Expect).AppendLine();
        text.Append(CultureInfo.InvariantCulture,
            $"  actual:   {_outcome.Status}, failed [{string.Join(", ", _outcome.Failed)}], unknown [{string.Join(", ", _outcome.Unknown)}]").AppendLine();
        foreach (var problem in Problems)
        {
            text.Append("  - ").Append(problem).AppendLine();
        }

        text.Append("  findings:").AppendLine();
        foreach (var finding in _outcome.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {(finding.Outcome == Outcome.Met ? "  " : "✗ ")}{finding.MessageEn}").AppendLine();
            if (finding.Outcome != Outcome.Met)
            {
                text.Append(CultureInfo.InvariantCulture, $"        {finding.Citation}{(finding.Verified ? string.Empty : " (unverified)")}").AppendLine();
            }
        }

        foreach (var error in _outcome.Errors)
        {
            text.Append("    input error: ").Append(error).AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"  receipt: {_outcome.Receipt}").AppendLine();
        return text.ToString();
    }

    /// <summary><c>passed|FAILED file › name</c>.</summary>
    public override string ToString() => $"{(Passed ? "passed" : "FAILED")} {Scenario}";
}
