namespace PovertyRules.Model;

/// <summary>The dwelling a household lives in. Immutable.</summary>
public sealed record Dwelling
{
    /// <summary>危房级别 — rural housing safety appraisal grade; <c>null</c> when not appraised.</summary>
    public HousingGrade? Grade { get; init; }

    /// <summary>Whether the household has been resettled (易地扶贫搬迁) into safe housing.</summary>
    public bool? Resettled { get; init; }

    /// <summary>Floor area in square metres.</summary>
    public decimal? FloorAreaSquareMetres { get; init; }
}

/// <summary>A dwelling the household owns, with how it was acquired. Immutable.</summary>
/// <param name="Kind">How the dwelling was acquired.</param>
public sealed record OwnedProperty(DwellingKind Kind);

/// <summary>A vehicle the household owns. Immutable.</summary>
/// <param name="Kind">The kind of vehicle.</param>
public sealed record Vehicle(VehicleKind Kind)
{
    /// <summary>Estimated value in yuan; <c>null</c> when not recorded.</summary>
    public decimal? Value { get; init; }

    /// <summary>Whether it is a mobility vehicle for a disabled member (残疾人代步车).</summary>
    public bool DisabilityVehicle { get; init; }
}
