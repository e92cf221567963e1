using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class SourceAndAssumptionTests
{
    private static readonly SourceLocation HeadRow = new("roster.csv", 12);
    private static readonly SourceLocation ChildRow = new("roster.csv", 13);

    private static Household Located() =>
        Households.Exiting() with
        {
            Source = HeadRow,
            Members = [Households.Adult() with { Source = HeadRow }, Households.Child(10) with { Source = ChildRow }],
        };

    [Fact]
    public void A_read_error_makes_the_household_invalid_input_naming_the_row_and_column()
    {
        var household = Located() with
        {
            ReadErrors = [new ReadError("Members[1].Schooling", "'在读' is not a label of 在校生状况", ChildRow.At("在校生状况"))],
        };

        var result = Engine.Assess(household);

        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.ToString()
            .Should().Be("roster.csv:13 [在校生状况]: Members[1].Schooling: '在读' is not a label of 在校生状况");
    }

    [Fact]
    public void A_validation_error_of_a_member_points_to_that_member_s_row()
    {
        var household = Located() with { Members = [Households.Adult() with { Source = HeadRow }, Households.Child(10) with { Source = ChildRow, Age = -1 }] };

        var error = Engine.Assess(household).Errors.Should().ContainSingle().Subject;

        error.Field.Should().Be("Members[1].Age");
        error.Location.Should().Be(ChildRow);
    }

    [Fact]
    public void A_validation_error_of_the_household_points_to_its_first_row()
    {
        var error = Engine.Assess(Located() with { Id = " " }).Errors.Should().ContainSingle().Subject;

        error.Location.Should().Be(HeadRow);
    }

    [Fact]
    public void A_record_built_in_code_has_errors_without_a_location()
    {
        Engine.Assess(Households.Exiting() with { Id = " " }).Errors.Should().ContainSingle().Which.Location.Should().BeNull();
    }

    [Fact]
    public void Declared_assumptions_of_a_household_are_carried_by_its_receipt()
    {
        var assumption = new DeclaredAssumption("four-categories-checked", "四类对象 were cleared in the 2015 review", "County office, 2016-03");

        var result = Engine.Assess(Located() with { Assumptions = [assumption] });

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.Receipt.Assumptions.Should().Equal(assumption);
        result.Source.Should().Be(HeadRow);
        Engine.Assess(Households.Exiting()).Receipt.Assumptions.Should().BeEmpty();
    }

    [Fact]
    public void Declared_assumptions_are_carried_by_an_invalid_input_receipt_too()
    {
        var assumption = new DeclaredAssumption("procedure-done", "the exit procedure was completed", "Township minutes");

        var result = Engine.Assess(Located() with { Id = "", Assumptions = [assumption] });

        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Receipt.Assumptions.Should().Equal(assumption);
    }
}
