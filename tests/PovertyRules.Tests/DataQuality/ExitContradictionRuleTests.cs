using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

public class ExitContradictionRuleTests
{
    // The 2016 line is 2,952 yuan.
    [Theory]
    [InlineData(2951, Check.Found)]
    [InlineData(2952, Check.Found)]
    [InlineData(2953, Check.Passed)]
    public void An_exited_household_with_income_at_or_below_the_line_is_found(int income, Check expected)
    {
        Quality.Clean().WithIncome(2016, income).CheckOf(ExitedIncomeRule.Id).Should().Be(expected);
    }

    [Fact]
    public void Income_is_not_checked_for_a_household_not_exited_and_unchecked_when_the_flag_or_the_income_is_missing()
    {
        var poor = Quality.Clean().WithIncome(2016, 2000);

        (poor with { ExitFlag = ExitFlag.NotExited }).CheckOf(ExitedIncomeRule.Id).Should().Be(Check.Passed);
        (poor with { ExitFlag = ExitFlag.ExitedWithoutSupport }).CheckOf(ExitedIncomeRule.Id).Should().Be(Check.Found);
        (poor with { ExitFlag = null }).CheckOf(ExitedIncomeRule.Id).Should().Be(Check.Unchecked);
        (Quality.Clean() with { Income = [] }).CheckOf(ExitedIncomeRule.Id).Should().Be(Check.Unchecked);
        (Quality.Clean() with { ExitFlag = null }).CheckOf(ExitedIncomeRule.Id).Should().Be(Check.Passed);
        poor.Finding(ExitedIncomeRule.Id).Actual.Should().Be("exit flag ExitedWithSupport, income 2000 yuan at or below the line 2952");
    }

    [Fact]
    public void An_exited_household_with_a_child_out_of_school_because_of_poverty_is_found()
    {
        Member Dropout(Member m, OutOfSchoolReason? reason) => m with { Schooling = SchoolingStatus.NotInSchool, OutOfSchoolReason = reason };
        var clean = Quality.Clean();

        clean.CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Passed);
        clean.WithMember(2, m => Dropout(m, OutOfSchoolReason.Poverty)).CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Found);
        clean.WithMember(2, m => Dropout(m, OutOfSchoolReason.Illness)).CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Passed);
        clean.WithMember(2, m => Dropout(m, null)).CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Unchecked);
        (clean.WithMember(2, m => Dropout(m, OutOfSchoolReason.Poverty)) with { ExitFlag = ExitFlag.NotExited }).CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Passed);
        (clean.WithMember(2, m => Dropout(m, OutOfSchoolReason.Poverty)) with { ExitFlag = null }).CheckOf(ExitedDropoutRule.Id).Should().Be(Check.Unchecked);
    }

    [Theory]
    [InlineData(HousingGrade.C, false, Check.Found)]
    [InlineData(HousingGrade.D, null, Check.Found)]
    [InlineData(HousingGrade.D, true, Check.Passed)]
    [InlineData(HousingGrade.B, false, Check.Passed)]
    [InlineData(null, false, Check.Unchecked)]
    public void An_exited_household_in_dangerous_housing_is_found(HousingGrade? grade, bool? resettled, Check expected)
    {
        (Quality.Clean() with { Dwelling = new Dwelling { Grade = grade, Resettled = resettled, FloorAreaSquareMetres = 60m } })
            .CheckOf(ExitedHousingRule.Id).Should().Be(expected);
    }

    [Fact]
    public void Unsafe_water_in_an_exited_household_is_found_only_where_the_profile_requires_safe_water()
    {
        var unsafeWater = Quality.Clean() with { SafeDrinkingWater = false };
        var requiring = Quality.National2016 with { SafeDrinkingWaterRequired = new(true, "2019 standard (test)", true) };

        unsafeWater.CheckOf(ExitedWaterRule.Id).Should().Be(Check.NotApplicable);
        unsafeWater.CheckOf(ExitedWaterRule.Id, requiring).Should().Be(Check.Found);
        Quality.Clean().CheckOf(ExitedWaterRule.Id, requiring).Should().Be(Check.Passed);
        (Quality.Clean() with { SafeDrinkingWater = null }).CheckOf(ExitedWaterRule.Id, requiring).Should().Be(Check.Unchecked);
        (unsafeWater with { ExitFlag = ExitFlag.ExitPlanned }).CheckOf(ExitedWaterRule.Id, requiring).Should().Be(Check.Passed);
    }

    [Fact]
    public void Exit_contradictions_are_warnings_reported_beside_the_assessment()
    {
        var poor = Quality.Clean().WithIncome(2016, 2000);

        poor.Finding(ExitedIncomeRule.Id).Severity.Should().Be(DataQualitySeverity.Warning);
        Quality.Validate(poor).HasErrors.Should().BeFalse();
    }
}
