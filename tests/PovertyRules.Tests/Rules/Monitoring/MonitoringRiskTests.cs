using HouseholdRecord = PovertyRules.Model.Household;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.Monitoring;
using static PovertyRules.Tests.Rules.Monitoring.MonitoredHouseholds;

namespace PovertyRules.Tests.Rules.Monitoring;

public class MonitoringRiskTests
{
    [Fact]
    public void A_stable_exited_household_carries_no_risk_and_is_not_monitored()
    {
        var result = Monitor(Stable());

        result.Status.Should().Be(MonitoringStatus.NotAtRisk);
        result.Categories.Should().BeEmpty();
        result.Findings.Should().HaveCount(5).And.OnlyContain(f => f.Outcome == Outcome.Met && f.Kind == CriterionKind.MonitoringRisk);
        result.Elimination!.Status.Should().Be(RiskEliminationStatus.NotMonitored);
    }

    [Fact]
    public void Exited_household_with_income_a_cent_below_the_monitoring_line_is_unstable()
    {
        var result = Monitor(Stable().Earning2020(5999.99m).Earning2021(5999.99m));

        result.Status.Should().Be(MonitoringStatus.AtRisk);
        result.Risks.Should().Equal(UnstableIncomeRule.Id);
        result.Categories.Should().Equal(MonitoringCategory.UnstableExited);
        var finding = result.Finding(UnstableIncomeRule.Id);
        finding.Actual.Should().Contain("5999.99 yuan");
        finding.Threshold.Should().Contain("6000.00 yuan");
        finding.Parameter.Should().Be("monitoringLine");
        finding.Verified.Should().BeFalse("the national 6,000 line is an inference from 1.5 × 4,000");
    }

    [Fact]
    public void Exited_household_with_income_equal_to_the_monitoring_line_is_not_unstable()
    {
        Monitor(Stable().Earning2020(6000m).Earning2021(6000m)).OutcomeOf(UnstableIncomeRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Household_not_exited_is_not_unstable_whatever_its_income()
    {
        var result = Monitor(Stable().Earning2020(5000m).Earning2021(5000m) with { ExitFlag = ExitFlag.NotExited });

        result.OutcomeOf(UnstableIncomeRule.Id).Should().Be(Outcome.Met);
        result.OutcomeOf(MarginalIncomeRule.Id).Should().Be(Outcome.Met, "it is registered");
    }

    [Fact]
    public void Exited_household_with_its_income_missing_is_undetermined_on_income()
    {
        var result = Monitor(Stable().Earning2021(null));

        result.OutcomeOf(UnstableIncomeRule.Id).Should().Be(Outcome.Unknown);
        result.Finding(UnstableIncomeRule.Id).Actual.Should().Contain("missing");
        result.Status.Should().Be(MonitoringStatus.Undetermined);
    }

    [Fact]
    public void Household_with_a_low_income_and_no_exit_flag_is_undetermined()
    {
        var result = Monitor(Stable().Earning2021(5000m) with { ExitFlag = null, Monitoring = null });

        result.OutcomeOf(UnstableIncomeRule.Id).Should().Be(Outcome.Unknown);
        result.OutcomeOf(MarginalIncomeRule.Id).Should().Be(Outcome.Unknown);
    }

    [Theory]
    [InlineData(true, Outcome.NotMet)]
    [InlineData(false, Outcome.Met)]
    [InlineData(null, Outcome.Unknown)]
    public void Exited_household_with_a_recorded_risk_is_unstable_whatever_its_income(bool? recorded, Outcome expected)
    {
        Monitor(Stable().WithRecord(r => r with { RiskRecorded = recorded })).OutcomeOf(UnstableRiskRule.Id).Should().Be(expected);
    }

    [Fact]
    public void A_recorded_risk_of_a_household_never_registered_is_not_an_unstable_exit()
    {
        Monitor(Stable().NeverRegistered().WithRecord(r => r with { RiskRecorded = true })).OutcomeOf(UnstableRiskRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Household_never_registered_with_income_a_cent_below_the_line_is_marginal()
    {
        var result = Monitor(Stable().NeverRegistered().Earning2020(5999.99m).Earning2021(5999.99m));

        result.Risks.Should().Equal(MarginalIncomeRule.Id);
        result.Categories.Should().Equal(MonitoringCategory.MarginalAtRisk);
        result.OutcomeOf(UnstableIncomeRule.Id).Should().Be(Outcome.Met, "a household never registered never exited");
    }

    [Fact]
    public void Household_never_registered_with_income_equal_to_the_line_is_not_marginal()
    {
        Monitor(Stable().NeverRegistered().Earning2020(6000m).Earning2021(6000m)).Status.Should().Be(MonitoringStatus.NotAtRisk);
    }

    [Fact]
    public void A_provincial_line_moves_the_boundary()
    {
        var liaoning = PolicyProfiles.Find("LN-2022")!;
        var household = Stable().NeverRegistered() with
        {
            Income = [new AnnualIncome { Year = 2021, PerCapitaNet = 7259.99m }, new AnnualIncome { Year = 2022, PerCapitaNet = 7259.99m }],
        };

        Monitor(household, liaoning).OutcomeOf(MarginalIncomeRule.Id).Should().Be(Outcome.NotMet);
        Monitor(household with { Income = [new AnnualIncome { Year = 2021, PerCapitaNet = 7260m }, new AnnualIncome { Year = 2022, PerCapitaNet = 7260m }] }, liaoning)
            .OutcomeOf(MarginalIncomeRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Unavoidable_expenses_equal_to_last_years_household_income_are_not_a_hardship()
    {
        // Two members × 8,000 yuan in 2020 = 16,000 yuan; the share is 1.
        Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = 16000m })).OutcomeOf(HardshipExpensesRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Unavoidable_expenses_a_cent_above_last_years_household_income_are_a_hardship()
    {
        var result = Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = 16000.01m }));

        result.Risks.Should().Equal(HardshipExpensesRule.Id);
        result.Categories.Should().Equal(MonitoringCategory.SuddenHardship);
        result.Finding(HardshipExpensesRule.Id).Actual.Should().Contain("16000.01 yuan").And.Contain("16000.00 yuan");
        result.Finding(HardshipExpensesRule.Id).Threshold.Should().Contain("= 16000.00 yuan");
    }

    [Fact]
    public void The_expense_share_comes_from_the_profile()
    {
        var half = Cn2021 with { HardshipExpenseShare = new(0.5m, "test", false) };

        Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = 8000m }), half).OutcomeOf(HardshipExpensesRule.Id).Should().Be(Outcome.Met);
        Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = 8000.01m }), half).OutcomeOf(HardshipExpensesRule.Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Expenses_or_last_years_income_missing_leave_the_expense_test_unknown()
    {
        Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = null })).OutcomeOf(HardshipExpensesRule.Id).Should().Be(Outcome.Unknown);
        Monitor(Stable().Earning2020(null).WithRecord(r => r with { UnavoidableExpenses = 1m })).OutcomeOf(HardshipExpensesRule.Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Income_fallen_by_exactly_the_share_is_not_a_hardship()
    {
        // 2020: 16,000; half of it is 8,000, still above the monitoring line.
        Monitor(Stable().Earning2020(16000m).Earning2021(8000m)).OutcomeOf(HardshipIncomeDropRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Income_fallen_by_a_cent_more_than_the_share_is_a_hardship()
    {
        var result = Monitor(Stable().Earning2020(16000m).Earning2021(7999.99m));

        result.Risks.Should().Equal(HardshipIncomeDropRule.Id);
        result.Finding(HardshipIncomeDropRule.Id).Threshold.Should().Contain("= 8000.00 yuan");
    }

    [Fact]
    public void Household_with_no_income_last_year_has_no_fall_to_measure()
    {
        Monitor(Stable().Earning2020(0m).Earning2021(7000m)).OutcomeOf(HardshipIncomeDropRule.Id).Should().Be(Outcome.Met);
        Monitor(Stable().Earning2020(0m).Earning2021(0m)).OutcomeOf(HardshipIncomeDropRule.Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void A_household_can_carry_several_risks_each_with_its_own_finding()
    {
        var result = Monitor(Stable().Earning2020(12000m).Earning2021(4000m).WithRecord(r => r with { RiskRecorded = true, UnavoidableExpenses = 30000m }));

        result.Risks.Should().Equal(UnstableIncomeRule.Id, UnstableRiskRule.Id, HardshipExpensesRule.Id, HardshipIncomeDropRule.Id);
        result.Categories.Should().Equal(MonitoringCategory.UnstableExited, MonitoringCategory.SuddenHardship);
        result.Carries(MonitoringCategory.MarginalAtRisk).Should().BeFalse();
        result.Findings.Where(f => f.Outcome == Outcome.NotMet).Should().OnlyContain(f => f.MessageZh.Contains("存在该风险") && f.MessageEn.Contains("risk found"));
    }

    [Fact]
    public void A_known_risk_decides_even_when_another_input_is_missing()
    {
        var result = Monitor(Stable().Earning2021(5000m).WithRecord(r => r with { UnavoidableExpenses = null }));

        result.Status.Should().Be(MonitoringStatus.AtRisk);
        result.UnknownCriteria.Should().Contain(HardshipExpensesRule.Id);
    }

    [Fact]
    public void A_profile_without_a_monitoring_line_is_refused_naming_the_parameter()
    {
        var act = () => Monitor(Stable(), PolicyProfiles.National(2020));

        act.Should().Throw<ArgumentException>().WithMessage("*monitoringLine*CN-2021*");
    }

    [Fact]
    public void Negative_expenses_are_invalid_input_naming_the_field()
    {
        var result = Monitor(Stable().WithRecord(r => r with { UnavoidableExpenses = -1m }));

        result.Status.Should().Be(MonitoringStatus.InvalidInput);
        result.Errors.Should().ContainSingle(e => e.Field == "Monitoring.UnavoidableExpenses" && e.Reason.Contains("negative"));
        result.Elimination.Should().BeNull();
    }

    [Fact]
    public void A_household_never_registered_with_an_exit_flag_is_invalid_input()
    {
        var result = Monitor(Stable().WithRecord(r => r with { EverRegistered = false }));

        result.Errors.Should().ContainSingle(e => e.Field == "Monitoring.EverRegistered");
    }

    [Fact]
    public void An_elimination_date_before_the_identification_date_is_invalid_input()
    {
        var result = Monitor(Stable().WithRecord(r => r with { RiskIdentifiedOn = new DateOnly(2021, 5, 1), RiskEliminatedOn = new DateOnly(2021, 4, 30), RiskEliminated = true }));

        result.Errors.Should().ContainSingle(e => e.Field == "Monitoring.RiskEliminatedOn" && e.Reason.Contains("before"));
    }

    [Fact]
    public void Many_households_give_one_result_each_in_order_and_a_repeated_id_is_invalid()
    {
        var results = Engine().MonitorMany([Stable("A"), null, Stable("B").Earning2021(100m), Stable("A")], Cn2021).ToList();

        results.Select(r => r.Status).Should().Equal(MonitoringStatus.NotAtRisk, MonitoringStatus.InvalidInput, MonitoringStatus.AtRisk, MonitoringStatus.InvalidInput);
        results[3].Errors[0].Field.Should().Be("Id");
    }

    [Fact]
    public void The_receipt_hashes_the_monitoring_parameters()
    {
        var a = Monitor(Stable()).Receipt;
        var b = Monitor(Stable(), Cn2021 with { HardshipIncomeDropShare = new(0.3m, "test", false) }).Receipt;

        a.ProfileId.Should().Be("CN-2021");
        a.ParameterHash.Should().NotBe(b.ParameterHash);
        Engine().Assess(Stable(), Cn2021).Receipt.ParameterHash.Should().Be(
            Engine().Assess(Stable(), Cn2021 with { HardshipIncomeDropShare = new(0.3m, "test", false) }).Receipt.ParameterHash,
            "no exit decision reads the monitoring parameters");
    }

    private static PovertyRulesEngine Engine() => Support.Engine.Instance;
}
