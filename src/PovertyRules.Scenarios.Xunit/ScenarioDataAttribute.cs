using System.Reflection;
using Xunit.Sdk;

namespace PovertyRules.Scenarios.Xunit;

/// <summary>
/// Supplies a theory with one <see cref="ScenarioCase"/> per scenario of the matching files, each a test case named
/// <c>file › scenario name</c>. Paths are relative to the test assembly's folder: copy the files to the output.
/// </summary>
/// <example>
/// <code>
/// [Theory]
/// [ScenarioData("Scenarios/*.yaml")]
/// public void Scenario_holds(ScenarioCase scenario) => scenario.Verify();
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ScenarioDataAttribute : DataAttribute
{
    /// <summary>Supplies the scenarios of the files matching <paramref name="pattern"/> (see <see cref="ScenarioFile.Find"/>).</summary>
    public ScenarioDataAttribute(string pattern)
    {
        Pattern = pattern;
    }

    /// <summary>The file pattern, e.g. <c>Scenarios/*.yaml</c> or <c>Scenarios/**/*.yaml</c>.</summary>
    public string Pattern { get; }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No file matches the pattern.</exception>
    /// <exception cref="ScenarioFormatException">A file is malformed.</exception>
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var files = ScenarioFile.Find(Pattern);
        if (files.Count == 0)
        {
            throw new InvalidOperationException(
                $"No scenario file matches '{Pattern}' under {AppContext.BaseDirectory}; are the files copied to the output (CopyToOutputDirectory)?");
        }

        foreach (var file in files)
        {
            foreach (var scenario in ScenarioCase.Scenarios(file))
            {
                yield return [new ScenarioCase(scenario)];
            }
        }
    }
}
