using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios;

/// <summary>
/// One test case of a scenario file: the profile (with any inline overrides applied), the input and the expected
/// outcome. Immutable. Load scenarios with <see cref="ScenarioFile.Load(string)"/>; run them with <see cref="ScenarioRunner"/>.
/// </summary>
public sealed class Scenario
{
    internal Scenario(
        string file, int index, int? line, string name, ScenarioKind kind, PolicyProfile profile, Household? household, Village? village,
        County? county, ScenarioExpectation expect)
    {
        File = file;
        Index = index;
        Line = line;
        Name = name;
        Kind = kind;
        Profile = profile;
        Household = household;
        Village = village;
        County = county;
        Expect = expect;
    }

    /// <summary>The file the scenario comes from (as given to the loader).</summary>
    public string File { get; }

    /// <summary>The scenario's position in the file's <c>scenarios</c> list, from 0.</summary>
    public int Index { get; }

    /// <summary>The line where the scenario starts, when known (YAML files).</summary>
    public int? Line { get; }

    /// <summary>The scenario's name: a sentence saying what it pins; unique within its file.</summary>
    public string Name { get; }

    /// <summary>What the scenario assesses.</summary>
    public ScenarioKind Kind { get; }

    /// <summary>The profile to assess under, inline overrides applied.</summary>
    public PolicyProfile Profile { get; }

    /// <summary>The household of a <see cref="ScenarioKind.Household"/> or <see cref="ScenarioKind.Monitoring"/> scenario; <c>null</c> for other kinds.</summary>
    public Household? Household { get; }

    /// <summary>The village of a <see cref="ScenarioKind.Village"/> scenario, assessed from its recorded figures; <c>null</c> for other kinds.</summary>
    public Village? Village { get; }

    /// <summary>The county of a <see cref="ScenarioKind.County"/> scenario, assessed from its recorded figures; <c>null</c> for other kinds.</summary>
    public County? County { get; }

    /// <summary>The county record of a <see cref="ScenarioKind.Accountability"/> scenario; <c>null</c> for other kinds.</summary>
    public CountyAccountability? Accountability { get; internal init; }

    /// <summary>The inputs of a <see cref="ScenarioKind.Schedule"/>, <see cref="ScenarioKind.Plan"/> or <see cref="ScenarioKind.Allocation"/> scenario; <c>null</c> for other kinds.</summary>
    public PlanningInput? Planning { get; internal init; }

    /// <summary>The expected outcome.</summary>
    public ScenarioExpectation Expect { get; }

    /// <summary><c>file name › scenario name</c>: the name a test runner shows.</summary>
    public override string ToString() => $"{System.IO.Path.GetFileName(File)} › {Name}";
}
