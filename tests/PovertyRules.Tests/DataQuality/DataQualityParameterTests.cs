using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Tests.DataQuality;

public class DataQualityParameterTests
{
    private static PolicyProfile National => PolicyProfiles.National(2016);

    [Fact]
    public void The_national_data_quality_figures_carry_citations_and_are_marked_unverified()
    {
        string[] dataQuality = ["fifteenDigitIdAccepted", "schoolingRecordedFromAge", "schoolingRecordedToAge", "labourRecordedFromAge", "labourRecordedToAge", "seniorHighImplausibleToAge", "primaryImplausibleFromAge"];
        ProfileParameters.NotReadByAssessments.Should().Contain(dataQuality, "an assessment's receipt leaves them out");
        foreach (var name in dataQuality)
        {
            var parameter = ProfileParameters.Find(name)!;
            parameter.Citation(National).Should().NotBeNullOrWhiteSpace(name);
            parameter.Verified(National).Should().BeFalse(name);
        }

        National.SchoolingRecordedFromAge.Value.Should().Be(6);
        National.SchoolingRecordedToAge.Value.Should().Be(23);
        National.LabourRecordedFromAge.Value.Should().Be(16);
        National.LabourRecordedToAge.Value.Should().Be(65);
        National.SeniorHighImplausibleToAge.Value.Should().Be(14);
        National.PrimaryImplausibleFromAge.Value.Should().Be(20);
        National.FifteenDigitIdAccepted.Value.Should().BeFalse();
    }

    [Theory]
    [InlineData("schoolingRecordedToAge", "must be from schoolingRecordedFromAge (6) to 130, found 5")]
    [InlineData("labourRecordedFromAge", "must be 0–130, found -1")]
    [InlineData("primaryImplausibleFromAge", "must be 0–130, found 131")]
    public void An_age_limit_out_of_range_is_refused_naming_the_parameter(string name, string reason)
    {
        var profile = name switch
        {
            "schoolingRecordedToAge" => National with { SchoolingRecordedToAge = new(5, "test", false) },
            "labourRecordedFromAge" => National with { LabourRecordedFromAge = new(-1, "test", false) },
            _ => National with { PrimaryImplausibleFromAge = new(131, "test", false) },
        };

        ProfileValidator.Validate(profile).Should().ContainSingle()
            .Which.Should().Be(new ProfileProblem($"$.parameters.{name}.value", reason));
    }

    [Fact]
    public void Changing_a_data_quality_figure_leaves_the_assessment_receipts_parameter_hash_unchanged()
    {
        var changed = National with { LabourRecordedToAge = new(60, "provincial rule (test)", false), FifteenDigitIdAccepted = new(true, "test", false) };

        ReceiptFactory.ParameterHash(changed).Should().Be(ReceiptFactory.ParameterHash(National));
        ReceiptFactory.ParameterHash(National with { MinimumNoticeDays = new(10, "test", false) }).Should().NotBe(ReceiptFactory.ParameterHash(National));
    }

    [Fact]
    public void An_overlay_sets_a_data_quality_figure_with_its_own_citation()
    {
        var overlay = ProfileJson.Load("""
            {
              "id": "XX-2016",
              "name": "Overlay accepting old numbers",
              "base": "CN-2016",
              "year": 2016,
              "parameters": { "fifteenDigitIdAccepted": { "value": true, "unit": "switch", "citation": "provincial notice (test)", "verified": false } }
            }
            """);

        overlay.FifteenDigitIdAccepted.Should().Be(new Parameter<bool>(true, "provincial notice (test)", false));
        overlay.LabourRecordedToAge.Should().Be(National.LabourRecordedToAge);
    }
}
