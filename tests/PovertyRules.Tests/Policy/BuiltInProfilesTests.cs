using System.Text.Json.Nodes;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Policy;

public class BuiltInProfilesTests
{
    // Written by ProfileJson.Save from the national profiles as they were built in code, before they became JSON files.
    private static readonly JsonObject CodeBuiltNational = LoadSnapshot("national-profiles-2014-2020.snapshot.json");

    private static JsonObject LoadSnapshot(string name)
    {
        using var stream = typeof(BuiltInProfilesTests).Assembly.GetManifestResourceStream(name)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    [Theory]
    [InlineData(2014)]
    [InlineData(2015)]
    [InlineData(2016)]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2020)]
    public void National_profile_read_from_json_keeps_every_value_citation_and_flag_it_had_when_built_in_code(int year)
    {
        var saved = JsonNode.Parse(ProfileJson.Save(PolicyProfiles.National(year)));

        JsonNode.DeepEquals(saved, CodeBuiltNational[$"CN-{year}"]).Should().BeTrue(
            $"CN-{year} must equal its code-built snapshot; got {saved!.ToJsonString()}");
    }

    [Theory]
    [InlineData("CN-2014", "57554f0de1bf43be")]
    [InlineData("CN-2015", "dbeeeca95c1b9079")]
    [InlineData("CN-2016", "6c3b131a1e363939")]
    public void National_profile_keeps_the_parameter_hash_its_receipts_had_before(string id, string hash)
    {
        ReceiptFactory.ParameterHash(PolicyProfiles.Find(id)!).Should().Be(hash, "old decisions must stay reproducible from their receipts");
    }

    [Theory]
    [InlineData("CN-2017", "762dabf1c059af27")]
    [InlineData("CN-2018", "2e2a27bcebd78701")]
    [InlineData("CN-2019", "a45a7f920fd290df")]
    [InlineData("CN-2020", "1b51b8720ddb62d3")]
    public void National_profile_from_2017_has_a_new_hash_that_only_the_2017_methods_comparisons_changed(string id, string before)
    {
        var profile = PolicyProfiles.Find(id)!;
        var strict = profile with
        {
            WrongExitRateComparison = profile.WrongExitRateComparison with { Value = PassingSide.Below },
            OmissionRateComparison = profile.OmissionRateComparison with { Value = PassingSide.Below },
            PublicApprovalComparison = profile.PublicApprovalComparison with { Value = PassingSide.Above },
        };

        ReceiptFactory.ParameterHash(profile).Should().NotBe(before, "its county decisions at the thresholds changed");
        ReceiptFactory.ParameterHash(strict).Should().Be(before, "with the earlier strict reading it decides as its old receipts did");
    }

    [Fact]
    public void Built_ins_are_the_national_years_then_the_variants_and_provincial_overlays_by_id()
    {
        PolicyProfiles.All.Select(p => p.Id).Should().Equal(
            "CN-2014", "CN-2015", "CN-2016", "CN-2017", "CN-2018", "CN-2019", "CN-2020",
            "CN-2018-STAT", "CN-2021", "GD-2016", "GD-2017", "GD-2018", "HB-2023", "HN-2016", "LN-2022", "YN-2025", "YN-DISTRICT-2018");
    }

    [Theory]
    [InlineData("CN-2021", 2021, 6000)]
    [InlineData("LN-2022", 2022, 7260)]
    [InlineData("HB-2023", 2023, 7600)]
    [InlineData("YN-2025", 2025, 8700)]
    public void Monitoring_profile_sets_its_years_monitoring_line_flagged_unverified(string id, int year, int line)
    {
        var profile = PolicyProfiles.Find(id)!;

        profile.Year.Should().Be(year);
        profile.MonitoringLine.Value.Should().Be(line);
        profile.MonitoringLine.Verified.Should().BeFalse("the national 6,000 is an inference (1.5 × 4,000) and the local lines come from news sources");
        profile.MonitoringLine.Citation.Should().NotBeNullOrWhiteSpace();
        profile.HardshipExpenseShare.Verified.Should().BeFalse("the guidance gives no figure for 明显超过");
        profile.HardshipIncomeDropShare.Verified.Should().BeFalse("the guidance gives no figure for 大幅缩减");
        profile.RiskEliminationYears.Verified.Should().BeFalse();
    }

    [Fact]
    public void The_national_monitoring_line_is_flagged_as_an_inference_from_one_and_a_half_times_the_2020_line()
    {
        var line = PolicyProfiles.Find("CN-2021")!.MonitoringLine;

        line.Value.Should().Be(1.5m * PolicyProfiles.National(2020).PovertyLine(2020)!.Value);
        line.Citation.Should().Contain("1.5").And.Contain("inference");
    }

    [Theory]
    [InlineData(2014)]
    [InlineData(2016)]
    [InlineData(2020)]
    public void Profiles_before_2021_have_no_monitoring_line(int year)
    {
        PolicyProfiles.National(year).MonitoringLine.Value.Should().BeNull();
    }

    [Theory]
    [InlineData("LN-2022")]
    [InlineData("HB-2023")]
    [InlineData("YN-2025")]
    public void Provincial_monitoring_overlay_differs_from_CN_2021_only_in_year_line_and_dates(string id)
    {
        var names = ProfileReport.Diff(PolicyProfiles.Find("CN-2021")!, PolicyProfiles.Find(id)!).Select(d => d.Name).ToList();

        names.Should().Contain("monitoringLine");
        names.Should().OnlyContain(n => n == "monitoringLine" || n == "ageReferenceDate" || n.StartsWith("povertyLines.", StringComparison.Ordinal) || n == "year");
    }

    [Fact]
    public void The_statistical_2018_line_is_its_own_flagged_profile_beside_the_projection()
    {
        var projection = PolicyProfiles.National(2018);
        var statistical = PolicyProfiles.Find("CN-2018-STAT")!;

        statistical.PovertyLine(2018).Should().BeEquivalentTo(new { Value = 3218m, Verified = false });
        projection.PovertyLine(2018)!.Value.Should().Be(3535m);
        statistical.PovertyLine(2018)!.Citation.Should().Contain("3218");
        ProfileReport.Diff(projection, statistical).Select(d => d.Name).Should().Equal("povertyLines.2018");
    }

    [Theory]
    [InlineData(3218, "CN-2018-STAT", HouseholdStatus.RemainsPoor)]
    [InlineData(3219, "CN-2018-STAT", HouseholdStatus.MayExit)]
    [InlineData(3535, "CN-2018", HouseholdStatus.RemainsPoor)]
    [InlineData(3536, "CN-2018", HouseholdStatus.MayExit)]
    public void A_household_between_the_two_2018_lines_exits_under_the_statistical_one_only(int income, string profile, HouseholdStatus expected)
    {
        var household = HouseholdTemplate.FullyRecorded("4312260001", "431226101201", incomeYear: 2018, perCapitaNetIncome: income).Build();

        Engine.Instance.Assess(household, PolicyProfiles.Find(profile)!).Status.Should().Be(expected);
    }

    [Fact]
    public void Find_ignores_case_and_returns_null_for_an_unknown_id()
    {
        PolicyProfiles.Find("hn-2016")!.Id.Should().Be("HN-2016");
        PolicyProfiles.Find("XX-2016").Should().BeNull();
    }

    [Fact]
    public void Hunan_2016_adds_the_village_collective_income_minimum_as_an_unverified_figure()
    {
        var hunan = PolicyProfiles.Find("HN-2016")!;

        hunan.VillageMinimumCollectiveIncome.Value.Should().Be(40_000m);
        hunan.VillageMinimumCollectiveIncome.Verified.Should().BeFalse();
        hunan.VillageMinimumCollectiveIncome.Citation.Should().Contain("湖南");
    }

    [Fact]
    public void Hunan_2016_leaves_the_county_income_target_off_and_says_the_figure_is_missing()
    {
        var target = PolicyProfiles.Find("HN-2016")!.CountyMinimumRuralIncome;

        target.Value.Should().BeNull();
        target.Verified.Should().BeFalse();
        target.Citation.Should().Contain("no figure");
    }

    [Theory]
    [InlineData("HN-2016", "CN-2016", "villageMinimumCollectiveIncome", "countyMinimumRuralIncome")]
    [InlineData("YN-DISTRICT-2018", "CN-2018", "povertyLines.2018")]
    [InlineData("GD-2016", "CN-2016", "povertyLines.2016")]
    [InlineData("GD-2017", "CN-2017", "povertyLines.2016", "povertyLines.2017")]
    [InlineData("GD-2018", "CN-2018", "povertyLines.2016", "povertyLines.2017", "povertyLines.2018")]
    public void Provincial_overlay_differs_from_its_national_base_only_where_the_province_sets_a_figure(
        string id, string nationalId, params string[] differences)
    {
        var provincial = PolicyProfiles.Find(id)!;

        ProfileReport.Diff(PolicyProfiles.Find(nationalId)!, provincial).Select(d => d.Name).Should().Equal(differences);
        ProfileReport.Diff(PolicyProfiles.Find(nationalId)!, provincial).Should().OnlyContain(d => !d.Changed!.Verified);
    }

    [Theory]
    [InlineData("YN-DISTRICT-2018", 2018, 3200)]
    [InlineData("GD-2016", 2016, 6433)]
    [InlineData("GD-2017", 2017, 6883)]
    [InlineData("GD-2018", 2018, 7365)]
    public void Locally_set_line_replaces_the_national_one_for_its_year(string id, int year, int line)
    {
        var profile = PolicyProfiles.Find(id)!;

        profile.Year.Should().Be(year);
        profile.PovertyLine(year)!.Value.Should().Be(line);
        profile.PovertyLine(year)!.Verified.Should().BeFalse();
    }

    [Fact]
    public void Every_embedded_profile_file_is_named_after_its_id()
    {
        var prefix = "PovertyRules.Policy.Profiles.";
        var files = typeof(PolicyProfiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^".json".Length]);

        files.Should().BeEquivalentTo(PolicyProfiles.All.Select(p => p.Id));
    }
}
