using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

public class PolicyProfilesTests
{
    [Theory]
    [InlineData(2014, 2800, true)]
    [InlineData(2015, 2855, true)]
    [InlineData(2016, 2952, true)]
    [InlineData(2017, 3335, false)]
    [InlineData(2018, 3535, false)]
    [InlineData(2019, 3747, false)]
    [InlineData(2020, 4000, false)]
    public void National_line_and_its_verified_flag_follow_the_policy_brief(int year, int line, bool verified)
    {
        var profile = PolicyProfiles.National(year);

        profile.Id.Should().Be($"CN-{year}");
        profile.PovertyLine(year)!.Value.Should().Be(line);
        profile.PovertyLine(year)!.Verified.Should().Be(verified);
    }

    [Fact]
    public void National_profile_outside_2014_to_2020_is_refused_with_the_range()
    {
        var act = () => PolicyProfiles.National(2021);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2014–2020*");
    }

    [Theory]
    [InlineData(2016, false)]
    [InlineData(2018, false)]
    [InlineData(2019, true)]
    [InlineData(2020, true)]
    public void Safe_drinking_water_is_required_from_2019(int year, bool required)
    {
        PolicyProfiles.National(year).SafeDrinkingWaterRequired.Value.Should().Be(required);
    }

    [Theory]
    [InlineData("150102", true)]
    [InlineData("452101", true)]
    [InlineData("500101", true)]
    [InlineData("522301101201", true)]
    [InlineData("650101", true)]
    [InlineData("431226", false)]
    [InlineData("110101", false)]
    public void Western_region_is_decided_by_province_code(string code, bool western)
    {
        PolicyProfiles.National(2016).IsWestern(code).Should().Be(western);
    }

    [Fact]
    public void Per_county_override_wins_over_the_province()
    {
        var profile = PolicyProfiles.National(2016) with
        {
            CountyRegionOverrides = new(
                System.Collections.Immutable.ImmutableSortedDictionary<string, bool>.Empty.Add("433101", true).Add("522301", false),
                "test",
                false),
        };

        profile.IsWestern("433101").Should().BeTrue("Xiangxi treated as western by override");
        profile.IsWestern("433101101201").Should().BeTrue();
        profile.IsWestern("522301").Should().BeFalse();
        profile.IsWestern("431226").Should().BeFalse();
    }

    [Fact]
    public void Every_built_in_profile_is_valid_and_every_parameter_is_cited()
    {
        foreach (var profile in PolicyProfiles.All)
        {
            ProfileValidator.Validate(profile).Should().BeEmpty();
            foreach (var parameter in ProfileParameters.All)
            {
                parameter.Citation(profile).Should().NotBeNullOrWhiteSpace($"{profile.Id} {parameter.Name} needs a citation");
            }

            profile.PovertyLines.Values.Should().OnlyContain(l => !string.IsNullOrWhiteSpace(l.Citation));
        }
    }

    [Fact]
    public void Validator_lists_every_problem_at_once()
    {
        var profile = PolicyProfiles.National(2016) with
        {
            YearsAboveLine = new(0, "t", false),
            MaxTransferShare = new(1.5m, "t", false),
            CompulsoryEducationToAge = new(4, "t", false),
        };

        ProfileValidator.Validate(profile).Select(p => p.Path).Should().BeEquivalentTo(
            "$.parameters.yearsAboveLine.value", "$.parameters.maxTransferShare.value", "$.parameters.compulsoryEducationToAge.value");
    }
}
