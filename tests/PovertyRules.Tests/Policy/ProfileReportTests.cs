using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

public class ProfileReportTests
{
    [Fact]
    public void Entries_list_every_line_and_parameter_with_unit_citation_and_flag()
    {
        var entries = ProfileReport.Entries(PolicyProfiles.National(2016));

        entries.Should().HaveCount(PolicyProfiles.National(2016).PovertyLines.Count + ProfileParameters.All.Count);
        entries.Should().ContainEquivalentOf(new ProfileEntry(
            "povertyLines.2017", "3335", "yuan/person/year", Citations.PovertyLineProjection, false));
        entries.Single(e => e.Name == "westernProvinces").Value.Should().Be("15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65");
    }

    [Fact]
    public void Diff_of_2016_and_2019_shows_the_year_the_age_date_the_water_requirement_and_the_2017_methods_comparisons()
    {
        var differences = ProfileReport.Diff(PolicyProfiles.National(2016), PolicyProfiles.National(2019));

        differences.Select(d => d.Name).Should().Equal(
            "year", "ageReferenceDate", "safeDrinkingWaterRequired", "wrongExitRateComparison", "omissionRateComparison", "publicApprovalComparison");
        differences.Single(d => d.Name == "safeDrinkingWaterRequired").ToString().Should().StartWith("safeDrinkingWaterRequired: False → True");
    }

    [Fact]
    public void Diff_reports_a_changed_citation_even_when_the_value_is_the_same()
    {
        var recited = PolicyProfiles.National(2016) with { MinimumNoticeDays = new(7, "Provincial notice rule", true) };

        var difference = ProfileReport.Diff(PolicyProfiles.National(2016), recited).Should().ContainSingle().Subject;

        difference.Name.Should().Be("minimumNoticeDays");
        difference.ValueChanged.Should().BeFalse();
    }

    [Fact]
    public void Diff_of_a_profile_with_itself_is_empty()
    {
        ProfileReport.Diff(PolicyProfiles.National(2018), PolicyProfiles.National(2018)).Should().BeEmpty();
    }

    [Fact]
    public void Formatted_profile_marks_unverified_values_and_shows_citations()
    {
        var text = ProfileReport.Format(PolicyProfiles.Find("HN-2016")!);

        text.Should().StartWith("HN-2016 — ");
        text.Should().Contain("villageMinimumCollectiveIncome = 40000 [yuan/year] (unverified)");
        text.Should().Contain("贫困村村集体经济收入4万元以上");
    }
}
