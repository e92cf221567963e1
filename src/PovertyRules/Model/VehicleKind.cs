namespace PovertyRules.Model;

/// <summary>Kind of vehicle owned by the household.</summary>
public enum VehicleKind
{
    /// <summary>Private passenger car (小汽车) — an excluded category.</summary>
    PassengerCar = 1,
    /// <summary>Farm vehicle (tractor, tricycle used for farming).</summary>
    FarmVehicle = 2,
    /// <summary>Truck or van used for transport work.</summary>
    Truck = 3,
    /// <summary>Construction machinery (excavator, loader).</summary>
    ConstructionMachinery = 4,
    /// <summary>Motorcycle or electric bicycle.</summary>
    Motorcycle = 5,
}
