using PovertyRules.Assessment;
using PovertyRules.Distance;

namespace PovertyRules.Scenarios;

/// <summary>
/// Runs scenarios: assesses each household, village or county under its profile and compares the outcome with the
/// expectation. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// foreach (var result in ScenarioRunner.Default.RunFile("scenarios/line-4000.yaml"))
///     Console.WriteLine(result.Passed ? $"ok   {result.Scenario}" : result.Describe());
/// ScenarioRunner.Default.Verify(scenario);   // throws ScenarioFailedException with expected vs actual and the findings
/// </code>
/// </example>
public sealed class ScenarioRunner
{
    private static readonly Lazy<ScenarioRunner> Shared = new(() => new ScenarioRunner(new PovertyRulesEngine()));

    private readonly PovertyRulesEngine _engine;
    private readonly Lazy<IReadOnlyList<string>> _householdIds;
    private readonly Lazy<IReadOnlyList<string>> _villageIds;
    private readonly Lazy<IReadOnlyList<string>> _countyIds;
    private readonly Lazy<IReadOnlyList<string>> _dataQualityIds;
    private readonly Lazy<IReadOnlyList<string>> _accountabilityIds;
    private readonly Lazy<IReadOnlyList<string>> _monitoringIds;

    /// <summary>Creates a runner that assesses with <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public ScenarioRunner(PovertyRulesEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        // The village and county rule sets compile on first use: a runner of household scenarios never pays for them.
        _householdIds = new(() => Ids(engine.Rules));
        _villageIds = new(() => Ids(engine.VillageRules));
        _countyIds = new(() => Ids(engine.CountyRules));
        _dataQualityIds = new(() => Ids(engine.DataQualityRules));
        _accountabilityIds = new(() => Ids(engine.AccountabilityRules));
        _monitoringIds = new(() => Ids(engine.MonitoringRules));
    }

    /// <summary>A runner with an engine of its own, compiled on first use and shared by the process.</summary>
    public static ScenarioRunner Default => Shared.Value;

    /// <summary>The engine the runner assesses with.</summary>
    public PovertyRulesEngine Engine => _engine;

    /// <summary>Runs one scenario: a household, village or county (or a county's cadre accountability) under its profile.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public ScenarioResult Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Kind >= ScenarioKind.Schedule)
        {
            return RunPlanning(scenario);
        }

        var (ruleIds, outcome) = scenario.Kind switch
        {
            ScenarioKind.Village => (_villageIds.Value, AssessedOutcome.Of(_engine.AssessVillage(scenario.Village!, scenario.Profile))),
            ScenarioKind.County => (_countyIds.Value, AssessedOutcome.Of(_engine.AssessCounty(scenario.County!, scenario.Profile))),
            ScenarioKind.Accountability => (_accountabilityIds.Value, AssessedOutcome.Of(_engine.AssessAccountability(scenario.Accountability!, scenario.Profile))),
            ScenarioKind.Monitoring => (_monitoringIds.Value, AssessedOutcome.Of(_engine.Monitor(scenario.Household!, scenario.Profile))),
            _ => (_householdIds.Value, AssessedOutcome.Of(_engine.Assess(scenario.Household!, scenario.Profile))),
        };

        var problems = new List<string>();
        foreach (var id in (scenario.Expect.Failed ?? []).Concat(scenario.Expect.Unknown ?? []).Where(id => !ruleIds.Contains(id)))
        {
            problems.Add($"'{id}' is not a {scenario.Kind.ToString().ToLowerInvariant()} criterion id; the ids are {string.Join(", ", ruleIds)}");
        }

        if (outcome.Status != scenario.Expect.Status)
        {
            problems.Add($"status {outcome.Status}, expected {scenario.Expect.Status}");
        }

        Compare("failed", scenario.Expect.Failed, outcome.Failed, problems);
        Compare("unknown", scenario.Expect.Unknown, outcome.Unknown, problems);
        if (scenario.Expect.Elimination is { } elimination && outcome.Monitoring?.Elimination?.Status.ToString() is var actual && actual != elimination)
        {
            problems.Add($"elimination {actual ?? "(none: invalid input)"}, expected {elimination}");
        }

        if (scenario.Expect.DataQuality is { } expectedQuality && scenario.Household is { } household)
        {
            foreach (var id in expectedQuality.Where(id => !_dataQualityIds.Value.Contains(id)))
            {
                problems.Add($"'{id}' is not a data-quality check id; the ids are {string.Join(", ", _dataQualityIds.Value)}");
            }

            var quality = _engine.Validate(household, scenario.Profile);
            Compare("data-quality findings", expectedQuality, [.. quality.Findings.Select(f => f.RuleId).Distinct()], problems);
        }

        if (scenario.Expect.Distance is { } expectedDistance)
        {
            var distance = (outcome.Household?.DistanceToExit() ?? outcome.Village?.DistanceToExit() ?? outcome.County!.DistanceToExit()).Summary;
            if (distance != expectedDistance)
            {
                problems.Add($"distance {distance}, expected {expectedDistance}");
            }
        }

        return new ScenarioResult(scenario, problems.Count == 0, problems, outcome);
    }

    /// <summary>Loads and runs every scenario of a file.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed.</exception>
    public IReadOnlyList<ScenarioResult> RunFile(string path) => [.. ScenarioFile.Load(path).Select(Run)];

    /// <summary>Runs one scenario and throws when it fails.</summary>
    /// <exception cref="ScenarioFailedException">The outcome differs from the expectation; the message shows both and the findings.</exception>
    public ScenarioResult Verify(Scenario scenario)
    {
        var result = Run(scenario);
        return result.Passed ? result : throw new ScenarioFailedException(result);
    }

    private static ScenarioResult RunPlanning(Scenario scenario)
    {
        var (status, figures) = PlanningOutcome.Run(scenario);
        var problems = new List<string>();
        if (status != scenario.Expect.Status)
        {
            problems.Add($"status {status}, expected {scenario.Expect.Status}" + (figures.TryGetValue("error", out var error) ? $": {error}" : string.Empty));
        }

        foreach (var (name, expected) in scenario.Expect.Figures ?? new Dictionary<string, string>())
        {
            if (!figures.TryGetValue(name, out var actual))
            {
                problems.Add($"no figure '{name}'; the figures are {string.Join(", ", figures.Keys)}");
            }
            else if (!PlanningOutcome.Matches(name, expected, actual))
            {
                problems.Add($"{name} {actual}, expected {expected}");
            }
        }

        var receipt = new Receipt(scenario.Profile.Id, ReceiptFactory.ParameterHash(scenario.Profile), "planning");
        return new ScenarioResult(scenario, problems.Count == 0, problems, new AssessedOutcome(status, [], [], [], [], receipt) { Figures = figures });
    }

    private static List<string> Ids(IReadOnlyList<RuleInfo> rules) => [.. rules.Select(r => r.Id).Order(StringComparer.Ordinal)];

    private static void Compare(string what, IReadOnlyList<string>? expected, IReadOnlyList<string> actual, List<string> problems)
    {
        if (expected is null)
        {
            return;
        }

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            problems.Add(
                $"{what} [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]" +
                (missing.Count > 0 ? $"; not {what}: {string.Join(", ", missing)}" : string.Empty) +
                (extra.Count > 0 ? $"; also {what}: {string.Join(", ", extra)}" : string.Empty));
        }
    }
}
