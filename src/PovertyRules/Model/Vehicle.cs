namespace PovertyRules.Model;

/// <summary>A vehicle the household owns. Immutable.</summary>
/// <param name="Kind">The kind of vehicle.</param>
public sealed record Vehicle(VehicleKind Kind)
{
    /// <summary>Estimated value in yuan; <c>null</c> when not recorded.</summary>
    public decimal? Value { get; init; }

    /// <summary>Whether it is a mobility vehicle for a disabled member (残疾人代步车).</summary>
    public bool DisabilityVehicle { get; init; }
}
