using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Exclusion;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Exclusion;

public class CarOwnershipRuleTests
{
    private const string Id = CarOwnershipRule.Id;

    private static Outcome CarOutcome(Vehicle vehicle, PovertyRules.Policy.PolicyProfile? profile = null) =>
        Engine.Assess(Households.Exiting() with { Vehicles = [vehicle] }, profile).OutcomeOf(Id);

    [Fact]
    public void Private_car_excludes_the_household()
    {
        Engine.Assess(Households.Exiting() with { Vehicles = [new Vehicle(VehicleKind.PassengerCar)] })
            .Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
    }

    [Theory]
    [InlineData(VehicleKind.Motorcycle)]
    [InlineData(VehicleKind.FarmVehicle)]
    [InlineData(VehicleKind.Truck)]
    [InlineData(VehicleKind.ConstructionMachinery)]
    public void Other_vehicles_do_not_count_nationally(VehicleKind kind)
    {
        CarOutcome(new Vehicle(kind)).Should().Be(Outcome.Met);
    }

    [Theory]
    [InlineData(VehicleKind.FarmVehicle, Outcome.NotMet)]
    [InlineData(VehicleKind.Truck, Outcome.NotMet)]
    [InlineData(VehicleKind.ConstructionMachinery, Outcome.NotMet)]
    [InlineData(VehicleKind.Motorcycle, Outcome.Met)]
    public void Work_vehicles_count_where_the_profile_says_so(VehicleKind kind, Outcome expected)
    {
        var profile = Engine.National2016 with { WorkVehiclesExcluded = new(true, "province", false) };

        CarOutcome(new Vehicle(kind), profile).Should().Be(expected);
    }

    [Fact]
    public void Disability_vehicle_counts_unless_the_profile_exempts_it()
    {
        var vehicle = new Vehicle(VehicleKind.PassengerCar) { DisabilityVehicle = true };
        var exempting = Engine.National2016 with { DisabilityVehicleExempt = new(true, "province", false) };

        CarOutcome(vehicle).Should().Be(Outcome.NotMet);
        CarOutcome(vehicle, exempting).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Minimum_value_car_at_the_minimum_excludes_and_below_it_does_not()
    {
        var profile = Engine.National2016 with { MinimumExcludingCarValue = new(30000m, "prefecture", false) };

        CarOutcome(new Vehicle(VehicleKind.PassengerCar) { Value = 30000m }, profile).Should().Be(Outcome.NotMet);
        CarOutcome(new Vehicle(VehicleKind.PassengerCar) { Value = 29999.99m }, profile).Should().Be(Outcome.Met);
        CarOutcome(new Vehicle(VehicleKind.PassengerCar), profile).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Vehicles_not_recorded_is_unknown()
    {
        Engine.Assess(Households.Exiting() with { Vehicles = null }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }
}
