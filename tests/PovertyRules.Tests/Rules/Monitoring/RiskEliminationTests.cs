using HouseholdRecord = PovertyRules.Model.Household;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules;
using PovertyRules.Rules.Monitoring;
using static PovertyRules.Tests.Rules.Monitoring.MonitoredHouseholds;

namespace PovertyRules.Tests.Rules.Monitoring;

public class RiskEliminationTests
{
    private static HouseholdRecord Monitored() =>
        Stable().WithRecord(r => r with { RecordedCategory = MonitoringCategory.UnstableExited, RiskIdentifiedOn = new DateOnly(2021, 3, 1) });

    [Fact]
    public void Monitored_household_with_income_a_cent_above_the_line_and_every_guarantee_has_its_risk_eliminated()
    {
        var result = Monitor(Monitored().Earning2021(6000.01m));

        result.Elimination!.Status.Should().Be(RiskEliminationStatus.Eliminated);
        result.Elimination.Findings.Should().HaveCount(3).And.OnlyContain(f => f.Outcome == Outcome.Met && f.Kind == CriterionKind.RiskElimination);
    }

    [Fact]
    public void Income_equal_to_the_monitoring_line_does_not_eliminate_the_risk()
    {
        var result = Monitor(Monitored().Earning2021(6000m));

        result.Elimination!.Status.Should().Be(RiskEliminationStatus.NotEliminated);
        result.Elimination.FailedCriteria.Should().Equal(StableIncomeRule.Id);
        result.Status.Should().Be(MonitoringStatus.NotAtRisk, "income equal to the line is not a risk either");
    }

    [Fact]
    public void Income_missing_leaves_the_elimination_undetermined()
    {
        var result = Monitor(Monitored().Earning2021(null));

        result.Elimination!.Status.Should().Be(RiskEliminationStatus.Undetermined);
        result.Elimination.UnknownCriteria.Should().Contain(StableIncomeRule.Id);
    }

    [Fact]
    public void A_two_year_period_needs_both_years_above_the_line()
    {
        var twoYears = Cn2021 with { RiskEliminationYears = new(2, "test", false) };

        Monitor(Monitored().Earning2020(6000.01m), twoYears).Elimination!.Status.Should().Be(RiskEliminationStatus.Eliminated);
        Monitor(Monitored().Earning2020(6000m), twoYears).Elimination!.FailedCriteria.Should().Equal(StableIncomeRule.Id);
        Monitor(Monitored().Earning2020(null), twoYears).Elimination!.UnknownCriteria.Should().Contain(StableIncomeRule.Id);
    }

    [Fact]
    public void A_hardship_still_present_keeps_the_risk()
    {
        Monitor(Monitored().WithRecord(r => r with { UnavoidableExpenses = 16000.01m })).Elimination!.FailedCriteria.Should().Equal(HardshipResolvedRule.Id);
        Monitor(Monitored().WithRecord(r => r with { UnavoidableExpenses = 16000m })).Elimination!.Status.Should().Be(RiskEliminationStatus.Eliminated);
        Monitor(Monitored().Earning2020(16000m).Earning2021(7999.99m)).Elimination!.FailedCriteria.Should().Equal(HardshipResolvedRule.Id);
        Monitor(Monitored().Earning2020(16000m).Earning2021(8000m)).Elimination!.Status.Should().Be(RiskEliminationStatus.Eliminated);
    }

    [Fact]
    public void Expenses_not_recorded_leave_the_hardship_undecided()
    {
        Monitor(Monitored().WithRecord(r => r with { UnavoidableExpenses = null })).EliminationOutcome(HardshipResolvedRule.Id).Should().Be(Outcome.Unknown);
    }

    [Theory]
    [InlineData("housing")]
    [InlineData("water")]
    [InlineData("food")]
    [InlineData("insurance")]
    public void A_broken_guarantee_keeps_the_risk(string broken)
    {
        var household = Monitored();
        household = broken switch
        {
            "housing" => household with { Dwelling = new Dwelling { Grade = HousingGrade.D, Resettled = false } },
            "water" => household with { SafeDrinkingWater = false },
            "food" => household with { FoodAndClothingSecure = false },
            _ => household with { Members = [household.Members[0] with { MedicalInsuranceEnrolled = false }, household.Members[1]] },
        };

        Monitor(household).Elimination!.FailedCriteria.Should().Equal(GuaranteesRule.Id);
    }

    [Fact]
    public void A_resettled_household_in_a_dangerous_old_house_has_safe_housing()
    {
        Monitor(Monitored() with { Dwelling = new Dwelling { Grade = HousingGrade.D, Resettled = true } }).Elimination!.Status.Should().Be(RiskEliminationStatus.Eliminated);
    }

    [Fact]
    public void Water_not_recorded_leaves_the_guarantees_unknown()
    {
        var result = Monitor(Monitored() with { SafeDrinkingWater = null });

        result.Elimination!.Status.Should().Be(RiskEliminationStatus.Undetermined);
        result.EliminationOutcome(GuaranteesRule.Id).Should().Be(Outcome.Unknown);
        result.Elimination.Findings.Single(f => f.RuleId == GuaranteesRule.Id).Actual.Should().Contain("missing (SafeDrinkingWater)");
    }

    [Fact]
    public void A_household_at_risk_without_a_recorded_category_is_monitored_for_elimination()
    {
        var result = Monitor(Stable().Earning2021(5000m));

        result.Elimination!.Status.Should().Be(RiskEliminationStatus.NotEliminated);
    }
}
