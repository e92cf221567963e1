using System.Text;

namespace PovertyRules.Scenarios.Tests.Fuzz;

/// <summary>
/// Inputs the scenario fuzz target (<c>fuzz/run.sh scenario</c>) found to escape as raw exceptions from the YAML reader,
/// each kept as the bytes AFL saved (base64) and decoded as the target decodes them.
/// </summary>
public class ScenarioFuzzFindingsTests
{
    [Theory]
    [InlineData("ISErKg==", "Global tags must be valid URIs")]
    [InlineData("ITw+", "Tag value must not be empty")]
    [InlineData("IDogIQ==", "unsupported type")]
    [InlineData("EAAicP+/bGVCDFxVQUFBQUEyQUFBQTI=", "valid UTF32 value")]
    [InlineData("cHJ+ZmlsOjoKIwAA//8gICEgICAgICAgICD+HyBlOmxoX2RzAAQAAHtzZSFsOjIK/3///2U6AGRfAAAEAFBkUnM6CiAgYW1l9A==", "not valid")]
    [InlineData("Li4uAAAu", "no more tokens")]
    public void Malformed_yaml_that_the_reader_rejects_with_a_raw_exception_is_a_format_error_for_the_file(string base64, string reason)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));

        var act = () => ScenarioFile.Parse(text, "fuzzed.yaml");

        act.Should().Throw<ScenarioFormatException>()
            .Where(e => e.File == "fuzzed.yaml" && e.Path == "$" && e.Reason.StartsWith("not valid YAML") && e.Reason.Contains(reason));
    }
}
