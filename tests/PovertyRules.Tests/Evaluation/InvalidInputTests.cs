using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class InvalidInputTests
{
    private static HouseholdAssessment Invalid(Household household)
    {
        var result = Engine.Assess(household);
        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Findings.Should().BeEmpty();
        return result;
    }

    [Fact]
    public void Negative_income_is_rejected_naming_the_field()
    {
        Invalid(Households.Exiting().WithIncome(2016, -1m)).Errors.Should().ContainSingle()
            .Which.Should().Be(new InputError("Income[0].PerCapitaNet", "-1 is negative"));
    }

    [Fact]
    public void Negative_business_income_is_a_loss_not_an_error()
    {
        var household = Households.Exiting() with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3400m, NetBusiness = -200m }] };

        Engine.Assess(household).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void Household_without_members_is_rejected()
    {
        Invalid(Households.Exiting() with { Members = [] }).Errors.Should().ContainSingle().Which.Field.Should().Be("Members");
    }

    [Theory]
    [InlineData("43122610120", "11 characters")]
    [InlineData("4312261012011", "13 characters")]
    [InlineData("43122610120A", "contains 'A'")]
    [InlineData("991226101201", "99 is not a province code")]
    [InlineData("431200101201", "county segment")]
    [InlineData("", "empty")]
    public void Malformed_village_code_is_rejected_with_the_reason(string code, string reason)
    {
        Invalid(Households.Exiting() with { VillageCode = code }).Errors.Should().ContainSingle()
            .Which.Should().Match<InputError>(e => e.Field == "VillageCode" && e.Reason.Contains(reason));
    }

    [Fact]
    public void Every_problem_of_a_record_is_listed()
    {
        var household = Households.Exiting() with
        {
            Id = " ",
            Members = [Households.Adult(-3), Households.Child(7) with { BirthDate = new DateOnly(2017, 3, 1) }],
            Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 100m }, new AnnualIncome { Year = 2016, Transfers = -5m }],
            Vehicles = [new Vehicle((VehicleKind)42) { Value = -1m }],
            ExitProcedure = Households.CompleteProcedure with { NoticeDays = -7 },
        };

        Invalid(household).Errors.Select(e => e.Field).Should().BeEquivalentTo(
            "Id", "Members[0].Age", "Members[1].BirthDate", "Income[1].Year", "Income[1].Transfers",
            "Vehicles[0].Kind", "Vehicles[0].Value", "ExitProcedure.NoticeDays");
    }

    [Fact]
    public void Undefined_register_code_is_rejected_not_guessed()
    {
        Invalid(Households.Exiting() with { Attribute = (HouseholdAttribute)3 }).Errors.Should().ContainSingle()
            .Which.Reason.Should().Be("3 is not a code of HouseholdAttribute");
    }

    [Fact]
    public void Record_that_makes_a_rule_throw_becomes_invalid_input_naming_the_rule()
    {
        var profile = Engine.National2016 with
        {
            ExcludedTransfers = new(PovertyRules.Policy.TransferExclusions.Pension | PovertyRules.Policy.TransferExclusions.MinimumLivingAllowance, "t", true),
        };
        var household = Households.Exiting() with
        {
            Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 3400m, Pension = decimal.MaxValue, MinimumLivingAllowance = decimal.MaxValue }],
        };

        var result = Engine.Instance.Assess(household, profile);

        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain("HH-INCOME");
    }

    [Fact]
    public void Assess_rejects_a_null_household_with_an_argument_exception()
    {
        var act = () => Engine.Instance.Assess(null!, Engine.National2016);

        act.Should().Throw<ArgumentNullException>().WithParameterName("household");
    }
}
