using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Model;

public class DefaultImmutableArrayTests
{
    [Fact]
    public void Default_members_array_is_invalid_input_not_an_exception()
    {
        var household = Households.Exiting() with { Members = default(ImmutableArray<Member>) };

        var result = Engine.Assess(household);

        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("Members");
    }

    [Fact]
    public void Default_income_array_reads_as_no_income_recorded()
    {
        var household = Households.Exiting() with { Income = default(ImmutableArray<AnnualIncome>) };

        household.Income.Should().BeEmpty();
        Engine.Assess(household).Status.Should().NotBe(HouseholdStatus.MayExit, "without the year's income the exit cannot be confirmed");
    }

    [Fact]
    public void Default_vehicle_and_housing_arrays_read_as_not_recorded()
    {
        var household = Households.Exiting() with
        {
            Vehicles = default(ImmutableArray<Vehicle>),
            OwnedHousing = default(ImmutableArray<OwnedProperty>),
        };

        household.Vehicles.Should().BeNull();
        household.OwnedHousing.Should().BeNull();
        Engine.Assess(household).Status.Should().NotBe(HouseholdStatus.InvalidInput);
    }

    [Fact]
    public void One_record_with_default_arrays_does_not_abort_a_bulk_run()
    {
        var broken = Households.Exiting("BROKEN") with { Members = default(ImmutableArray<Member>), Income = default(ImmutableArray<AnnualIncome>) };
        var households = Enumerable.Range(0, 300).Select(i => i == 150 ? broken : Households.Exiting($"H{i}"));

        var results = Engine.Instance.AssessMany(households, Engine.National2016).ToList();

        results.Should().HaveCount(300);
        results.Single(r => r.HouseholdId == "BROKEN").Status.Should().Be(HouseholdStatus.InvalidInput);
    }
}
