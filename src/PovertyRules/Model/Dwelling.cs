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
