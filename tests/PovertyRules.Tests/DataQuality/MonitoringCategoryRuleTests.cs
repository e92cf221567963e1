using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Tests.DataQuality;

public class MonitoringCategoryRuleTests
{
    private static PolicyProfile Cn2021 => PolicyProfiles.Find("CN-2021")!;

    // The clean household, ages kept, with 2020 and 2021 incomes and a monitoring record.
    private static Household Recorded(MonitoringCategory? category, decimal income2021 = 8000m, decimal? expenses = 0m) => Quality.Clean() with
    {
        Income = [new AnnualIncome { Year = 2020, PerCapitaNet = 8000m }, new AnnualIncome { Year = 2021, PerCapitaNet = income2021 }],
        Monitoring = new MonitoringRecord { EverRegistered = true, RecordedCategory = category, RiskRecorded = false, UnavoidableExpenses = expenses },
    };

    [Fact]
    public void A_marginal_category_recorded_for_an_exited_household_is_found()
    {
        var household = Recorded(MonitoringCategory.MarginalAtRisk, income2021: 5000m);

        household.CheckOf(MonitoringCategoryRule.Id, Cn2021).Should().Be(Check.Found);
        household.Finding(MonitoringCategoryRule.Id, Cn2021).MessageZh.Should().Contain("边缘易致贫户");
    }

    [Theory]
    [InlineData(5999.99, Check.Passed)]
    [InlineData(6000, Check.Found)]
    public void An_unstable_category_is_contradicted_only_once_income_reaches_the_monitoring_line(double income, Check expected)
    {
        Recorded(MonitoringCategory.UnstableExited, income2021: (decimal)income).CheckOf(MonitoringCategoryRule.Id, Cn2021).Should().Be(expected);
    }

    [Theory]
    [InlineData(24000.01, Check.Passed)]
    [InlineData(24000, Check.Found)]
    public void A_hardship_category_needs_expenses_above_last_years_household_income(double expenses, Check expected)
    {
        // Three members × 8,000 yuan in 2020.
        Recorded(MonitoringCategory.SuddenHardship, expenses: (decimal)expenses).CheckOf(MonitoringCategoryRule.Id, Cn2021).Should().Be(expected);
    }

    [Fact]
    public void A_hardship_category_with_expenses_not_recorded_is_unchecked()
    {
        Recorded(MonitoringCategory.SuddenHardship, expenses: null).CheckOf(MonitoringCategoryRule.Id, Cn2021).Should().Be(Check.Unchecked);
    }

    [Fact]
    public void No_recorded_category_passes()
    {
        Recorded(null, income2021: 100m).CheckOf(MonitoringCategoryRule.Id, Cn2021).Should().Be(Check.Passed);
    }

    [Fact]
    public void The_check_does_not_apply_before_2021()
    {
        Recorded(MonitoringCategory.MarginalAtRisk).CheckOf(MonitoringCategoryRule.Id, Quality.National2016).Should().Be(Check.NotApplicable);
    }
}
