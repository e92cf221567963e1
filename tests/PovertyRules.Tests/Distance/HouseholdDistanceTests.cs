using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Distance;

/// <summary>A household's distance to exit, on both sides of the line and for each kind of criterion (2016 line: 2,952 yuan, strictly above).</summary>
public class HouseholdDistanceTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    private static ExitDistance DistanceOf(Household household, PolicyProfile? profile = null) =>
        Engine.Instance.Assess(household, profile ?? Profile).DistanceToExit();

    [Fact]
    public void Income_equal_to_the_line_lacks_one_yuan()
    {
        var change = DistanceOf(Households.Exiting(income: 2952m)).Changes.Should().ContainSingle().Subject;

        change.Should().BeEquivalentTo(new { RuleId = "HH-INCOME", Kind = ChangeKind.RaiseIncome, Field = "Income[2016].PerCapitaNet", Year = 2016, Current = 2952m, Required = 2953m, Amount = 1m });
        change.Code.Should().Be("HH-INCOME 2016 +1");
    }

    [Fact]
    public void Income_one_yuan_above_the_line_has_no_distance()
    {
        DistanceOf(Households.Exiting(income: 2953m)).Kind.Should().Be(DistanceKind.Reached);
    }

    [Fact]
    public void Income_a_fen_below_the_line_lacks_the_least_whole_yuan_that_passes()
    {
        // 2,951.99 + 1 = 2,952.99 is strictly above 2,952: one yuan is enough, and 2,952.99 is what it reaches.
        var change = DistanceOf(Households.Exiting(income: 2951.99m)).Changes.Single();

        change.Amount.Should().Be(1m);
        change.Required.Should().Be(2952.99m);
    }

    [Fact]
    public void Income_with_fen_just_below_a_whole_yuan_gap_needs_the_next_yuan()
    {
        // 2,900.50 + 52 = 2,952.50 passes; 51 would leave 2,951.50.
        DistanceOf(Households.Exiting(income: 2900.50m)).Changes.Single().Amount.Should().Be(52m);
        DistanceOf(Households.Exiting(income: 2900m)).Changes.Single().Amount.Should().Be(53m);
    }

    [Fact]
    public void Every_failing_year_gets_its_own_change_and_a_passing_year_none()
    {
        var profile = Profile with { Id = "two-years", YearsAboveLine = new(2, "t", false) };
        var household = Households.Exiting() with
        {
            Income = [new AnnualIncome { Year = 2015, PerCapitaNet = 2800m }, new AnnualIncome { Year = 2016, PerCapitaNet = 3000m }],
        };

        DistanceOf(household, profile).Changes.Select(c => c.Code).Should().Equal("HH-INCOME 2015 +56");
    }

    [Fact]
    public void Under_a_transfer_cap_the_income_must_grow_until_the_transfers_are_within_the_share()
    {
        var profile = Profile with { Id = "capped", MaxTransferShare = new(0.5m, "t", false) };
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3000m, Transfers = 1600m }] };

        // transfers 1,600 ≤ 50% of income needs income ≥ 3,200: 200 yuan more, though 3,000 is above the line.
        var change = DistanceOf(household, profile).Changes.Single();

        change.Amount.Should().Be(200m);
        Engine.Instance.Assess(household with { Income = [household.Income[0] with { PerCapitaNet = 3199m }] }, profile).Status.Should().Be(HouseholdStatus.RemainsPoor);
        Engine.Instance.Assess(household with { Income = [household.Income[0] with { PerCapitaNet = 3200m }] }, profile).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void Excluded_transfer_items_are_not_counted_in_the_income_the_change_raises()
    {
        var profile = Profile with { Id = "no-pension", ExcludedTransfers = new(TransferExclusions.Pension, "t", false) };
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3000m, Pension = 100m }] };

        // tested 3,000 − 100 = 2,900: 53 yuan to 2,953.
        DistanceOf(household, profile).Changes.Single().Should().BeEquivalentTo(new { Current = 2900m, Amount = 53m });
    }

    [Fact]
    public void A_cap_of_zero_asks_for_the_counted_transfers_to_go()
    {
        var profile = Profile with { Id = "no-transfers", MaxTransferShare = new(0m, "t", false) };
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3000m, Transfers = 120m }] };

        DistanceOf(household, profile).Changes.Select(c => c.Code).Should().Equal("HH-INCOME 2016 -120");
    }

    [Fact]
    public void Members_to_enrol_and_the_child_to_return_to_school_are_named_by_position()
    {
        var household = Households.Exiting() with
        {
            Members =
            [
                Households.Adult() with { MedicalInsuranceEnrolled = false },
                Households.Child(10, SchoolingStatus.NotInSchool) with { OutOfSchoolReason = OutOfSchoolReason.Poverty },
                Households.Child(12, SchoolingStatus.NotInSchool) with { OutOfSchoolReason = OutOfSchoolReason.Illness },
            ],
        };

        DistanceOf(household).Changes.Select(c => c.Code).Should().Equal("HH-EDUCATION Members[1]", "HH-MEDICAL Members[0]");
    }

    [Fact]
    public void Dangerous_housing_unsafe_water_and_insecure_food_each_ask_their_change()
    {
        var profile = PolicyProfiles.National(2019);
        var household = Households.Exiting(year: 2019, income: 4000m) with
        {
            Dwelling = new Dwelling { Grade = HousingGrade.D, Resettled = false },
            SafeDrinkingWater = false,
            FoodAndClothingSecure = false,
        };

        DistanceOf(household, profile).Changes.Select(c => c.Kind).Should().Equal(ChangeKind.SecureFoodAndClothing, ChangeKind.MakeHousingSafe, ChangeKind.ProvideSafeWater);
    }

    [Fact]
    public void A_household_whose_only_gap_is_the_procedure_is_asked_for_the_steps()
    {
        var household = Households.Exiting() with { ExitProcedure = Households.CompleteProcedure with { NoticeDays = 6, Announced = null } };

        var distance = DistanceOf(household);

        distance.Kind.Should().Be(DistanceKind.Changes);
        distance.Changes.Select(c => c.Code).Should().Equal("PROC-NOTICE", "PROC-ANNOUNCEMENT");
    }

    [Fact]
    public void An_undetermined_household_is_told_which_inputs_to_collect_and_nothing_to_apply()
    {
        var household = Households.Exiting(year: 2019) with
        {
            SafeDrinkingWater = null,
            Members = [Households.Adult() with { MedicalInsuranceEnrolled = null }],
            Income = [],
        };

        var distance = DistanceOf(household, PolicyProfiles.National(2019) with { Id = "t", YearsAboveLine = new(1, "t", false) });

        distance.Kind.Should().Be(DistanceKind.InputsToCollect);
        distance.Changes.Should().BeEmpty();
        distance.InputsToCollect.Select(i => i.ToString()).Should().Equal("HH-INCOME Income[2019]", "HH-MEDICAL Members[0].MedicalInsuranceEnrolled", "HH-WATER SafeDrinkingWater");
    }

    [Fact]
    public void A_household_that_remains_poor_with_inputs_missing_gets_both()
    {
        var household = Households.Exiting(year: 2019, income: 2000m) with { SafeDrinkingWater = null, Dwelling = null };

        var distance = DistanceOf(household, PolicyProfiles.National(2019) with { Id = "t", YearsAboveLine = new(1, "t", false) });

        distance.Changes.Select(c => c.Code).Should().Equal("HH-INCOME 2019 +1748");
        distance.Kind.Should().Be(DistanceKind.Changes);
        distance.InputsToCollect.Select(i => i.Input).Should().Contain(["Dwelling.Grade", "Dwelling.Resettled", "SafeDrinkingWater"]);
    }

    [Fact]
    public void The_summary_lists_the_changes_then_the_inputs_after_collect()
    {
        var household = Households.Exiting(year: 2019, income: 2000m) with
        {
            SafeDrinkingWater = null,
            Members = [Households.Adult() with { VillageCadre = null }, Households.Adult() with { VillageCadre = null }],
        };

        var distance = DistanceOf(household, PolicyProfiles.National(2019) with { Id = "t", YearsAboveLine = new(1, "t", false) });

        distance.Summary.Should().Be(
            "HH-INCOME 2019 +1748; collect: HH-WATER SafeDrinkingWater, EX-PAYROLL Members[0-1].VillageCadre");
        distance.InputsToCollect.Select(i => i.Input).Should().Contain(["Members[0].VillageCadre", "Members[1].VillageCadre"], "the list keeps one input a member");
        distance.Summary.Should().BeSameAs(distance.Summary, "the line is made once");
    }

    [Fact]
    public void The_summary_names_a_member_field_once_with_the_positions_of_the_members_that_lack_it()
    {
        var unknown = Households.Adult() with { OnGovernmentPayroll = null, VillageCadre = null };
        var known = Households.Adult();
        var household = Households.Exiting() with { Members = [unknown, unknown, unknown, known, unknown, known, unknown] };

        DistanceOf(household).Summary.Should().Be(
            "collect: EX-PAYROLL Members[0-2,4,6].OnGovernmentPayroll, EX-PAYROLL Members[0-2,4,6].VillageCadre");
    }

    [Fact]
    public void The_summary_of_an_undetermined_household_is_its_inputs_alone()
    {
        var household = Households.Exiting() with { RegisteredBusiness = null, Vehicles = null };

        DistanceOf(household).Summary.Should().Be("collect: EX-BUSINESS RegisteredBusiness, EX-CAR Vehicles");
    }

    [Fact]
    public void Undecided_exclusions_name_the_fields_to_record()
    {
        var household = Households.Exiting() with
        {
            Members = [Households.Adult() with { OnGovernmentPayroll = false, VillageCadre = null }],
            RegisteredBusiness = null,
            Vehicles = null,
        };

        DistanceOf(household).InputsToCollect.Select(i => i.ToString()).Should().Equal("EX-PAYROLL Members[0].VillageCadre", "EX-BUSINESS RegisteredBusiness", "EX-CAR Vehicles");
    }

    [Fact]
    public void A_wrongly_registered_household_has_no_distance()
    {
        var household = Households.Exiting(income: 2000m) with { RegisteredBusiness = true };

        var distance = DistanceOf(household);

        distance.Kind.Should().Be(DistanceKind.WronglyRegistered);
        distance.Changes.Should().BeEmpty();
        distance.Summary.Should().Be("wrongly registered");
    }

    [Fact]
    public void A_household_that_may_exit_has_reached_it_and_invalid_input_has_no_distance()
    {
        DistanceOf(Households.Exiting()).Summary.Should().Be("reached");
        DistanceOf(Households.Exiting() with { Members = [] }).Kind.Should().Be(DistanceKind.InvalidInput);
    }

    [Fact]
    public void Applying_the_suggested_changes_to_a_household_that_remains_poor_lets_it_exit()
    {
        var household = Households.Exiting(income: 2500m) with
        {
            Members = [Households.Adult() with { MedicalInsuranceEnrolled = false }, Households.Child(10, SchoolingStatus.NotInSchool) with { OutOfSchoolReason = OutOfSchoolReason.Poverty }],
            Dwelling = new Dwelling { Grade = HousingGrade.C, Resettled = false },
            ExitProcedure = null,
        };
        var distance = DistanceOf(household);
        Engine.Instance.Assess(household, Profile).Status.Should().Be(HouseholdStatus.RemainsPoor);

        var changed = ApplyDistance.To(household, distance.Changes, Profile);

        distance.Summary.Should().Be("HH-INCOME 2016 +453; HH-EDUCATION Members[1]; HH-MEDICAL Members[0]; HH-HOUSING; PROC-APPRAISAL; PROC-VERIFICATION; PROC-CONSENT; PROC-NOTICE; PROC-ANNOUNCEMENT");
        Engine.Instance.Assess(changed, Profile).Status.Should().Be(HouseholdStatus.MayExit);
        Engine.Instance.Assess(ApplyDistance.To(household, distance.Changes.Where(c => c.Kind != ChangeKind.CompleteProcedureStep), Profile), Profile).Status
            .Should().Be(HouseholdStatus.EligibleProcedurePending, "the criteria are met and only the procedure is left");
    }

    [Fact]
    public void The_messages_name_the_amount_and_the_line_in_both_languages()
    {
        var change = DistanceOf(Households.Exiting(income: 2952m)).Changes.Single();

        change.MessageEn.Should().Be("2016: per-capita income 2952.00 yuan lacks 1.00 yuan of income other than transfers, to 2953.00 yuan (required: > 2952.00 yuan).");
        change.MessageZh.Should().Contain("2016年").And.Contain("1.00 yuan");
    }
}
