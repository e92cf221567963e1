using System.Collections.Concurrent;
using System.ComponentModel;
using Xunit.Abstractions;

namespace PovertyRules.Scenarios.Xunit;

/// <summary>
/// A scenario as a theory argument: xunit shows it by name and can rebuild it from its file and name, so that each
/// scenario is a test case of its own in test explorers.
/// </summary>
public sealed class ScenarioCase : IXunitSerializable
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Scenario>> Files = new(StringComparer.Ordinal);

    private Scenario? _scenario;

    /// <summary>For xunit, which rebuilds the case with <see cref="Deserialize"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ScenarioCase()
    {
    }

    /// <summary>Wraps <paramref name="scenario"/>.</summary>
    public ScenarioCase(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario => _scenario ?? throw new InvalidOperationException("The case has not been deserialised.");

    /// <summary>Runs the scenario with <see cref="ScenarioRunner.Default"/> and throws when it fails.</summary>
    /// <exception cref="ScenarioFailedException">The outcome differs from the expectation; the message shows expected, actual and the findings.</exception>
    public ScenarioResult Verify() => ScenarioRunner.Default.Verify(Scenario);

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("file", Scenario.File);
        info.AddValue("name", Scenario.Name);
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var file = info.GetValue<string>("file");
        var name = info.GetValue<string>("name");
        _scenario = Scenarios(file).FirstOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"{file} has no scenario named '{name}' any more; rebuild to rediscover the tests.");
    }

    /// <summary><c>file › scenario name</c>.</summary>
    public override string ToString() => _scenario?.ToString() ?? "(scenario)";

    internal static IReadOnlyList<Scenario> Scenarios(string file) => Files.GetOrAdd(file, ScenarioFile.Load);
}
