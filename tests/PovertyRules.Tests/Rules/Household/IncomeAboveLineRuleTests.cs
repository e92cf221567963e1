using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Household;

public class IncomeAboveLineRuleTests
{
    private const string Id = IncomeAboveLineRule.Id;

    [Fact]
    public void Income_equal_to_line_does_not_pass()
    {
        var result = Engine.Assess(Households.Exiting().WithIncome(2016, 2952m));

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal(Id);
    }

    [Fact]
    public void Income_one_fen_above_line_passes()
    {
        Engine.Assess(Households.Exiting().WithIncome(2016, 2952.01m)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Income_below_line_does_not_pass()
    {
        Engine.Assess(Households.Exiting().WithIncome(2016, 2500m)).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Theory]
    [InlineData(2014, 2800)]
    [InlineData(2015, 2855)]
    [InlineData(2016, 2952)]
    [InlineData(2017, 3335)]
    [InlineData(2018, 3535)]
    [InlineData(2019, 3747)]
    [InlineData(2020, 4000)]
    public void In_each_year_income_equal_to_that_years_line_remains_poor_and_one_fen_more_passes(int year, int line)
    {
        var profile = PolicyProfiles.National(year);
        var household = Households.Exiting(year: year);

        Engine.Assess(household.WithIncome(year, line), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household.WithIncome(year, line + 0.01m), profile).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Missing_income_record_for_the_year_is_unknown()
    {
        var result = Engine.Assess(Households.Exiting().WithIncome(2015, 5000m));

        result.OutcomeOf(Id).Should().Be(Outcome.Unknown);
        result.Status.Should().Be(HouseholdStatus.Undetermined);
        result.Finding(Id).Actual.Should().Contain("2016: missing");
    }

    [Fact]
    public void Missing_income_figure_is_unknown_not_zero()
    {
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016 }] };

        Engine.Assess(household).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Two_required_years_fail_when_the_earlier_year_equals_its_line()
    {
        var profile = PolicyProfiles.National(2016) with { YearsAboveLine = new(2, "test", false) };
        var household = Households.Exiting() with
        {
            Income = [new AnnualIncome { Year = 2015, PerCapitaNet = 2855m }, new AnnualIncome { Year = 2016, PerCapitaNet = 4000m }],
        };

        Engine.Assess(household, profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household with { Income = [household.Income[0] with { PerCapitaNet = 2855.01m }, household.Income[1]] }, profile)
            .OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Two_required_years_with_the_earlier_year_missing_is_unknown_but_a_failing_year_is_decisive()
    {
        var profile = PolicyProfiles.National(2016) with { YearsAboveLine = new(2, "test", false) };

        Engine.Assess(Households.Exiting().WithIncome(2016, 4000m), profile).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Engine.Assess(Households.Exiting().WithIncome(2016, 100m), profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Disposable_measure_reads_disposable_income()
    {
        var profile = PolicyProfiles.National(2016) with { IncomeMeasure = new(IncomeMeasure.Disposable, "province", true) };
        var household = Households.Exiting() with
        {
            Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 5000m, PerCapitaDisposable = 2952m }],
        };

        Engine.Assess(household, profile).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Excluded_pension_is_taken_off_before_the_comparison()
    {
        var profile = PolicyProfiles.National(2016) with { ExcludedTransfers = new(TransferExclusions.Pension, "province", true) };
        var household = Households.Exiting() with
        {
            Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3100m, Pension = 148m }],
        };

        Engine.Assess(household, profile).OutcomeOf(Id).Should().Be(Outcome.NotMet, "3100 − 148 = 2952 is not above the line");
        Engine.Assess(household with { Income = [household.Income[0] with { Pension = 147.99m }] }, profile)
            .OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Excluded_transfer_item_not_recorded_is_unknown()
    {
        var profile = PolicyProfiles.National(2016) with { ExcludedTransfers = new(TransferExclusions.MinimumLivingAllowance, "province", true) };

        Engine.Assess(Households.Exiting(), profile).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Transfer_share_equal_to_the_cap_passes_and_above_it_fails()
    {
        var profile = PolicyProfiles.National(2016) with { MaxTransferShare = new(0.5m, "province", false) };
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 4000m, Transfers = 2000m }] };

        Engine.Assess(household, profile).OutcomeOf(Id).Should().Be(Outcome.Met);
        Engine.Assess(household with { Income = [household.Income[0] with { Transfers = 2000.01m }] }, profile)
            .OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household with { Income = [household.Income[0] with { Transfers = null }] }, profile)
            .OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Finding_names_the_actual_income_the_line_and_the_unverified_2017_figure()
    {
        var profile = PolicyProfiles.National(2017);
        var finding = Engine.Assess(Households.Exiting(year: 2017).WithIncome(2017, 3000m), profile).Finding(Id);

        finding.Actual.Should().Contain("3000.00 yuan");
        finding.Threshold.Should().Contain("> 3335.00 yuan");
        finding.Parameter.Should().Contain("povertyLines[2017]");
        finding.Verified.Should().BeFalse("the 2017 line is a projection, not an official figure");
        finding.MessageEn.Should().Contain("not met");
        finding.MessageZh.Should().Contain("未达标");
    }

    [Fact]
    public void Rule_fires_only_when_the_criterion_is_not_met()
    {
        var firings = new RuleFirings(typeof(IncomeAboveLineRule));

        firings.Fire(Households.Exiting(), Engine.National2016).Should().BeEmpty();
        firings.Fire(Households.Exiting().WithIncome(2016, 1000m), Engine.National2016).Should().Equal(Id);
    }
}
