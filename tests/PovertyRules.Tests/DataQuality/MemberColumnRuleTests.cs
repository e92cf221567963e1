using PovertyRules.Model;
using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Tests.DataQuality;

public class MemberColumnRuleTests
{
    // Ages are taken on 2016-12-31 under the 2016 national profile.
    private static Household WithRelative(int age, Func<Member, Member> change) =>
        Quality.Clean() with { Members = [Quality.Head, Quality.Spouse, change(Quality.Relative(new DateOnly(2016 - age, 6, 1)))] };

    [Theory]
    [InlineData(5, Check.Passed)]
    [InlineData(6, Check.Found)]
    [InlineData(23, Check.Found)]
    [InlineData(24, Check.Passed)]
    public void Schooling_status_is_required_from_age_6_to_23(int age, Check expected)
    {
        WithRelative(age, m => m with { Schooling = null }).CheckOf(SchoolingRecordedRule.Id).Should().Be(expected);
        WithRelative(age, m => m).CheckOf(SchoolingRecordedRule.Id).Should().Be(Check.Passed);
    }

    [Fact]
    public void Schooling_status_without_any_age_is_unchecked_and_a_finding_names_the_age_and_column()
    {
        var noAge = WithRelative(10, m => m with { Schooling = null, BirthDate = null, IdNumber = null });
        noAge.CheckOf(SchoolingRecordedRule.Id).Should().Be(Check.Unchecked);

        var finding = WithRelative(10, m => m with { Schooling = null }).Finding(SchoolingRecordedRule.Id);
        finding.Field.Should().Be("Members[2].Schooling");
        finding.Actual.Should().Be("aged 10, schooling status not recorded");
        finding.Severity.Should().Be(DataQualitySeverity.Warning);
        finding.Parameter.Should().Be("schoolingRecordedFromAge, schoolingRecordedToAge");
        finding.Verified.Should().BeFalse();
    }

    [Fact]
    public void An_age_from_the_id_number_is_used_when_neither_birth_date_nor_age_is_recorded()
    {
        WithRelative(10, m => m with { Schooling = null, BirthDate = null }).CheckOf(SchoolingRecordedRule.Id).Should().Be(Check.Found);
    }

    [Fact]
    public void The_profile_sets_the_ages_schooling_is_required_for()
    {
        var narrower = Quality.National2016 with { SchoolingRecordedToAge = new(18, "provincial rule (test)", false) };

        WithRelative(20, m => m with { Schooling = null }).CheckOf(SchoolingRecordedRule.Id, narrower).Should().Be(Check.Passed);
        WithRelative(18, m => m with { Schooling = null }).CheckOf(SchoolingRecordedRule.Id, narrower).Should().Be(Check.Found);
    }

    [Theory]
    [InlineData(15, Check.Passed)]
    [InlineData(16, Check.Found)]
    [InlineData(65, Check.Found)]
    [InlineData(66, Check.Passed)]
    public void Labour_capacity_is_required_from_age_16_to_65(int age, Check expected)
    {
        WithRelative(age, m => m with { Labour = null }).CheckOf(LabourRecordedRule.Id).Should().Be(expected);
        WithRelative(age, m => m).CheckOf(LabourRecordedRule.Id).Should().Be(Check.Passed);
    }

    [Fact]
    public void Labour_capacity_without_any_age_is_unchecked()
    {
        WithRelative(30, m => m with { Labour = null, BirthDate = null, IdNumber = null }).CheckOf(LabourRecordedRule.Id).Should().Be(Check.Unchecked);
    }

    [Theory]
    [InlineData(14, SchoolingStatus.SeniorSecondary1, Check.Found)]
    [InlineData(14, SchoolingStatus.SeniorSecondary3, Check.Found)]
    [InlineData(15, SchoolingStatus.SeniorSecondary1, Check.Passed)]
    [InlineData(14, SchoolingStatus.Grade9, Check.Passed)]
    [InlineData(19, SchoolingStatus.Primary, Check.Passed)]
    [InlineData(20, SchoolingStatus.Primary, Check.Found)]
    [InlineData(40, SchoolingStatus.NotInSchool, Check.Passed)]
    public void Schooling_is_checked_against_age(int age, SchoolingStatus schooling, Check expected)
    {
        WithRelative(age, m => m with { Schooling = schooling }).CheckOf(SchoolingAgeRule.Id).Should().Be(expected);
    }

    [Fact]
    public void Schooling_against_age_is_unchecked_without_the_schooling_or_without_an_age()
    {
        WithRelative(10, m => m with { Schooling = null }).CheckOf(SchoolingAgeRule.Id).Should().Be(Check.Unchecked);
        WithRelative(10, m => m with { Schooling = SchoolingStatus.Primary, BirthDate = null, IdNumber = null }).CheckOf(SchoolingAgeRule.Id).Should().Be(Check.Unchecked);
        WithRelative(10, m => m with { Schooling = SchoolingStatus.Grade8, BirthDate = null, IdNumber = null }).CheckOf(SchoolingAgeRule.Id).Should().Be(Check.Passed);
        WithRelative(20, m => m with { Schooling = SchoolingStatus.Primary }).Finding(SchoolingAgeRule.Id).MessageZh.Should().Contain("年龄 20 岁，在校生状况为小学");
    }
}
