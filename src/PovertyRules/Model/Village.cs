namespace PovertyRules.Model;

/// <summary>
/// A registered poor village (贫困村) as the delisting assessment sees it. Immutable. Every fact that may be missing
/// is nullable: <c>null</c> means "not recorded", and a criterion that needs it is reported as unknown.
/// </summary>
/// <remarks>
/// When villages are assessed together with their households, <see cref="RemainingPoorPeople"/> is counted from the
/// household assessments and replaces the recorded figure.
/// </remarks>
public sealed record Village
{
    /// <summary>The 12-digit code of the administrative village (统计用区划代码).</summary>
    public required string Code { get; init; }

    /// <summary>The village's name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>农村户籍人口 — the village's rural registered (hukou) population; the denominator of poverty incidence. Positive.</summary>
    public int? RuralPopulation { get; init; }

    /// <summary>剩余建档立卡贫困人口 — registered poor people not yet exited; the numerator of poverty incidence.</summary>
    public int? RemainingPoorPeople { get; init; }

    /// <summary>通硬化路 — a hardened road reaches the village.</summary>
    public bool? HardenedRoad { get; init; }

    /// <summary>通动力电 — grid power.</summary>
    public bool? Electricity { get; init; }

    /// <summary>安全饮水 — a safe drinking-water supply.</summary>
    public bool? SafeDrinkingWater { get; init; }

    /// <summary>标准化卫生室 — a village clinic.</summary>
    public bool? Clinic { get; init; }

    /// <summary>综合文化服务中心 — a cultural activity centre.</summary>
    public bool? CulturalCentre { get; init; }

    /// <summary>通宽带 — broadband.</summary>
    public bool? Broadband { get; init; }

    /// <summary>村集体经济收入 — the village collective economy's income in yuan for the assessment year.</summary>
    public decimal? CollectiveIncome { get; init; }

    /// <summary>The delisting procedure as recorded so far; <c>null</c> when no step is recorded.</summary>
    public DelistingProcedureRecord? Procedure { get; init; }

    /// <summary>Whether the village has <paramref name="facility"/> (a single flag); <c>null</c> when not recorded.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="facility"/> is not exactly one facility.</exception>
    public bool? Has(VillageFacilities facility) =>
        facility switch
        {
            VillageFacilities.HardenedRoad => HardenedRoad,
            VillageFacilities.Electricity => Electricity,
            VillageFacilities.SafeDrinkingWater => SafeDrinkingWater,
            VillageFacilities.Clinic => Clinic,
            VillageFacilities.CulturalCentre => CulturalCentre,
            VillageFacilities.Broadband => Broadband,
            _ => throw new ArgumentOutOfRangeException(nameof(facility), facility, "Expected exactly one of the VillageFacilities flags."),
        };
}
