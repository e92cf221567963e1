using System.Globalization;
using System.Text;
using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.RollUp;
using PovertyRules.Rules;

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
    }

    /// <summary>A runner with an engine of its own, compiled on first use and shared by the process.</summary>
    public static ScenarioRunner Default => Shared.Value;

    /// <summary>The engine the runner assesses with.</summary>
    public PovertyRulesEngine Engine => _engine;

    /// <summary>Runs one scenario: a household, village or county under its profile.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public ScenarioResult Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (ruleIds, outcome) = scenario.Kind switch
        {
            ScenarioKind.Village => (_villageIds.Value, AssessedOutcome.Of(_engine.AssessVillage(scenario.Village!, scenario.Profile))),
            ScenarioKind.County => (_countyIds.Value, AssessedOutcome.Of(_engine.AssessCounty(scenario.County!, scenario.Profile))),
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

/// <summary>What a scenario compares, whichever level was assessed.</summary>
internal sealed record AssessedOutcome(
    string Status,
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InputError> Errors,
    Receipt Receipt)
{
    public HouseholdAssessment? Household { get; private init; }

    public VillageAssessment? Village { get; private init; }

    public CountyAssessment? County { get; private init; }

    public static AssessedOutcome Of(HouseholdAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { Household = a };

    public static AssessedOutcome Of(VillageAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { Village = a };

    public static AssessedOutcome Of(CountyAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { County = a };
}

/// <summary>A scenario whose outcome differs from its expectation; the message is <see cref="ScenarioResult.Describe"/>.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Creates the exception for a failed result.</summary>
    public ScenarioFailedException(ScenarioResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).Describe())
    {
        Result = result;
    }

    /// <summary>The failed result.</summary>
    public ScenarioResult Result { get; }
}
