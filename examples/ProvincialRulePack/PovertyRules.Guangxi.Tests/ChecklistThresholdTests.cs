using PovertyRules.Assessment;
using PovertyRules.Rules;

namespace PovertyRules.Guangxi.Tests;

/// <summary>Each figure of the checklist from both sides of its threshold, and for a missing record.</summary>
public class ChecklistThresholdTests
{
    private static HouseholdAssessment Assess(GuangxiHousehold? data) => Guangxi.Engine.Assess(Guangxi.Household(data), Guangxi.Profile);

    [Fact]
    public void A_household_at_every_limit_of_the_checklist_may_exit()
    {
        var result = Assess(Guangxi.AtEveryLimit);

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.FailedCriteria.Should().BeEmpty();
        result.Findings.Where(f => f.RuleId.StartsWith("GX-", StringComparison.Ordinal)).Should().HaveCount(6).And.OnlyContain(f => f.Outcome == Outcome.Met);
    }

    [Fact]
    public void Floor_area_of_exactly_13_square_metres_a_person_passes()
    {
        Assess(Guangxi.AtEveryLimit with { FloorAreaSquareMetres = 39m }).Failed("GX-HOUSING-AREA").Should().BeFalse();
    }

    [Fact]
    public void Floor_area_just_below_13_square_metres_a_person_keeps_the_household_poor()
    {
        var result = Assess(Guangxi.AtEveryLimit with { FloorAreaSquareMetres = 38.99m });

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal("GX-HOUSING-AREA");
        var finding = result.Findings.Single(f => f.RuleId == "GX-HOUSING-AREA");
        finding.Actual.Should().Be("13.00 m² per person (38.99 m², 3 persons)");
        finding.Threshold.Should().Be("at least 13 m²/person");
        finding.Parameter.Should().Be("$.packs.guangxi.minimumFloorAreaPerPerson");
        finding.Verified.Should().BeFalse("the provincial figures are not checked against the provincial document");
        finding.Citation.Should().Contain("13平方米");
    }

    [Theory]
    [InlineData(35, false)]
    [InlineData(34.9, true)]
    public void Water_quantity_passes_from_35_litres_a_person_a_day(decimal litres, bool fails)
    {
        var result = Assess(Guangxi.AtEveryLimit with { WaterLitresPerPersonPerDay = litres });

        result.Failed("GX-WATER-QUANTITY").Should().Be(fails);
        result.Status.Should().Be(fails ? HouseholdStatus.RemainsPoor : HouseholdStatus.MayExit);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(20.5, true)]
    public void A_water_fetch_round_trip_passes_up_to_20_minutes(decimal minutes, bool fails)
    {
        var result = Assess(Guangxi.AtEveryLimit with { WaterFetchRoundTripMinutes = minutes });

        result.Failed("GX-WATER-FETCH").Should().Be(fails);
        result.Status.Should().Be(fails ? HouseholdStatus.RemainsPoor : HouseholdStatus.MayExit);
    }

    [Theory]
    [InlineData(0.9, false)]
    [InlineData(0.89, true)]
    public void Water_supply_reliability_passes_from_90_percent(decimal share, bool fails)
    {
        var result = Assess(Guangxi.AtEveryLimit with { WaterSupplyReliability = share });

        result.Failed("GX-WATER-RELIABILITY").Should().Be(fails);
        result.Status.Should().Be(fails ? HouseholdStatus.RemainsPoor : HouseholdStatus.MayExit);
    }

    [Fact]
    public void A_household_without_electricity_remains_poor()
    {
        var result = Assess(Guangxi.AtEveryLimit with { Electricity = false });

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal("GX-ELECTRICITY");
    }

    [Fact]
    public void No_television_or_smartphone_is_reported_but_does_not_hold_the_exit_back()
    {
        var result = Assess(Guangxi.AtEveryLimit with { TelevisionOrSmartphone = false });

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.FailedCriteria.Should().Equal("GX-TV-PHONE");
        result.Findings.Single(f => f.RuleId == "GX-TV-PHONE").Kind.Should().Be(CriterionKind.Reported);
    }

    [Fact]
    public void A_floor_area_not_recorded_leaves_the_household_undetermined()
    {
        var result = Assess(Guangxi.AtEveryLimit with { FloorAreaSquareMetres = null });

        result.Status.Should().Be(HouseholdStatus.Undetermined);
        result.UnknownCriteria.Should().Equal("GX-HOUSING-AREA");
        result.Findings.Single(f => f.RuleId == "GX-HOUSING-AREA").Actual.Should().Be("missing (Extensions.guangxi.floorAreaSquareMetres)");
    }

    [Fact]
    public void A_household_with_no_Guangxi_record_is_undetermined_on_every_checklist_criterion()
    {
        var result = Assess(null);

        result.Status.Should().Be(HouseholdStatus.Undetermined);
        result.UnknownCriteria.Should().Equal("GX-HOUSING-AREA", "GX-WATER-QUANTITY", "GX-WATER-FETCH", "GX-WATER-RELIABILITY", "GX-ELECTRICITY", "GX-TV-PHONE");
    }

    [Fact]
    public void A_national_failure_and_a_checklist_failure_are_both_listed_national_first()
    {
        var poor = Guangxi.Household(Guangxi.AtEveryLimit with { Electricity = false }) with
        {
            Income = [new Model.AnnualIncome { Year = 2019, PerCapitaNet = 1_000m }],
        };

        var result = Guangxi.Engine.Assess(poor, Guangxi.Profile);

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal("HH-INCOME", "GX-ELECTRICITY");
    }

    [Fact]
    public void A_known_checklist_failure_decides_over_a_national_criterion_left_unknown()
    {
        var household = Guangxi.Household(Guangxi.AtEveryLimit with { WaterFetchRoundTripMinutes = 45m }) with { FoodAndClothingSecure = null };

        var result = Guangxi.Engine.Assess(household, Guangxi.Profile);

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.UnknownCriteria.Should().Contain("HH-FOOD-CLOTHING");
    }

    [Fact]
    public void Under_the_national_profile_the_pack_does_not_apply()
    {
        var result = Guangxi.Engine.Assess(Guangxi.Household(null), Guangxi.National);

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("GX-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_record_read_from_json_gives_the_same_assessment()
    {
        var json = Guangxi.Household(null) with
        {
            Extensions = Model.ExtensionData.Empty.WithJson(
                GuangxiPack.Name,
                """{ "floorAreaSquareMetres": 38.99, "waterLitresPerPersonPerDay": 35, "waterFetchRoundTripMinutes": 20, "waterSupplyReliability": 0.9, "electricity": true, "televisionOrSmartphone": true }"""),
        };

        var fromJson = Guangxi.Engine.Assess(json, Guangxi.Profile);
        var typed = Assess(Guangxi.AtEveryLimit with { FloorAreaSquareMetres = 38.99m });

        fromJson.Status.Should().Be(typed.Status);
        fromJson.Findings.Should().Equal(typed.Findings);
    }
}
