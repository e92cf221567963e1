namespace PovertyRules.Model;

/// <summary>
/// A designated poor county (贫困县: a national key county or a county in a contiguous destitute area) as the
/// de-capping assessment sees it. Immutable. Every fact that may be missing is nullable: <c>null</c> means "not
/// recorded", and a criterion that needs it is reported as unknown.
/// </summary>
/// <remarks>
/// Whether the county gets the western-region thresholds comes from the profile (its province, or the profile's
/// per-county override). When counties are assessed together with their households and villages,
/// <see cref="RemainingPoorPeople"/> and <see cref="ListedVillagesRemaining"/> are counted and replace the recorded figures.
/// </remarks>
public sealed record County
{
    /// <summary>The 6-digit county code (GB/T 2260: province, city, county).</summary>
    public required string Code { get; init; }

    /// <summary>The county's name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>农村户籍人口 — the county's rural registered (hukou) population; the denominator of poverty incidence. Positive.</summary>
    public int? RuralPopulation { get; init; }

    /// <summary>剩余建档立卡贫困人口 — registered poor people not yet exited; the numerator of poverty incidence.</summary>
    public int? RemainingPoorPeople { get; init; }

    /// <summary>
    /// 累计脱贫人口 — registered people who have exited since registration. Read only for the comprehensive incidence,
    /// to scale the sampled wrong-exit rate to the county.
    /// </summary>
    public int? ExitedPeople { get; init; }

    /// <summary>Poor villages of the county still on the list.</summary>
    public int? ListedVillagesRemaining { get; init; }

    /// <summary>农村居民人均可支配收入 — rural per-capita income in yuan; read only when the profile sets a county income target.</summary>
    public decimal? RuralPerCapitaIncome { get; init; }

    /// <summary>The third-party evaluation sample (第三方评估); <c>null</c> when no evaluation is recorded.</summary>
    public ThirdPartySample? Evaluation { get; init; }

    /// <summary>The de-capping procedure as recorded so far; <c>null</c> when no step is recorded.</summary>
    public DecappingProcedureRecord? Procedure { get; init; }
}
