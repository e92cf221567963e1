using System.Globalization;
using System.Text;
using PovertyRules.Evaluation;

namespace PovertyRules.Scenarios;

/// <summary>
/// Runs scenarios: assesses each input under its profile and compares the outcome with the expectation. Thread-safe.
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
    private readonly HashSet<string> _ruleIds;

    /// <summary>Creates a runner that assesses with <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public ScenarioRunner(PovertyRulesEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _ruleIds = [.. engine.Rules.Select(r => r.Id)];
    }

    /// <summary>A runner with an engine of its own, compiled on first use and shared by the process.</summary>
    public static ScenarioRunner Default => Shared.Value;

    /// <summary>The engine the runner assesses with.</summary>
    public PovertyRulesEngine Engine => _engine;

    /// <summary>Runs one scenario.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public ScenarioResult Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Kind != ScenarioKind.Household)
        {
            return ScenarioResult.NotEvaluated(
                scenario,
                $"{scenario.Kind} scenarios need the {scenario.Kind.ToString().ToLowerInvariant()} rule set, which this version of PovertyRules does not evaluate yet");
        }

        var problems = new List<string>();
        foreach (var id in (scenario.Expect.Failed ?? []).Concat(scenario.Expect.Unknown ?? []).Where(id => !_ruleIds.Contains(id)))
        {
            problems.Add($"'{id}' is not a criterion id; the ids are {string.Join(", ", _ruleIds.Order(StringComparer.Ordinal))}");
        }

        var assessment = _engine.Assess(scenario.Household!, scenario.Profile);
        var status = assessment.Status.ToString();
        if (status != scenario.Expect.Status)
        {
            problems.Add($"status {status}, expected {scenario.Expect.Status}");
        }

        Compare("failed", scenario.Expect.Failed, assessment.FailedCriteria, problems);
        Compare("unknown", scenario.Expect.Unknown, assessment.UnknownCriteria, problems);
        return new ScenarioResult(scenario, problems.Count == 0, problems, assessment);
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
    internal ScenarioResult(Scenario scenario, bool passed, IReadOnlyList<string> problems, HouseholdAssessment? assessment)
    {
        Scenario = scenario;
        Passed = passed;
        Problems = problems;
        Assessment = assessment;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Whether the outcome matched every expectation.</summary>
    public bool Passed { get; }

    /// <summary>What did not match, one sentence each; empty when the scenario passed.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The household assessment (status, findings, receipt); <c>null</c> for kinds that were not evaluated.</summary>
    public HouseholdAssessment? Assessment { get; }

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
        if (Assessment is { } assessment)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  actual:   {assessment.Status}, failed [{string.Join(", ", assessment.FailedCriteria)}], unknown [{string.Join(", ", assessment.UnknownCriteria)}]").AppendLine();
        }

        foreach (var problem in Problems)
        {
            text.Append("  - ").Append(problem).AppendLine();
        }

        if (Assessment is { } assessed)
        {
            text.Append("  findings:").AppendLine();
            foreach (var finding in assessed.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {(finding.Outcome == Outcome.Met ? "  " : "✗ ")}{finding.MessageEn}").AppendLine();
                if (finding.Outcome != Outcome.Met)
                {
                    text.Append(CultureInfo.InvariantCulture, $"        {finding.Citation}{(finding.Verified ? string.Empty : " (unverified)")}").AppendLine();
                }
            }

            foreach (var error in assessed.Errors)
            {
                text.Append("    input error: ").Append(error).AppendLine();
            }

            text.Append(CultureInfo.InvariantCulture, $"  receipt: {assessed.Receipt}").AppendLine();
        }

        return text.ToString();
    }

    /// <summary><c>passed|FAILED file › name</c>.</summary>
    public override string ToString() => $"{(Passed ? "passed" : "FAILED")} {Scenario}";

    internal static ScenarioResult NotEvaluated(Scenario scenario, string reason) => new(scenario, false, [reason], null);
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
