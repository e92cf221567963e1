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

/// <summary>
/// What a third-party evaluation (第三方评估) found in its sample. Immutable; each count is <c>null</c> when not recorded.
/// </summary>
public sealed record ThirdPartySample
{
    /// <summary>Exited people in the sample (调查脱贫人口): the denominator of the wrong-exit rate.</summary>
    public int? ExitedPeopleSampled { get; init; }

    /// <summary>Of those, people found to have exited wrongly (错退人口): the numerator of the wrong-exit rate.</summary>
    public int? WronglyExitedPeople { get; init; }

    /// <summary>Non-registered rural people in the sampled villages (调查非建档立卡人口): the denominator of the omission rate.</summary>
    public int? NonRegisteredPeopleSampled { get; init; }

    /// <summary>Of those, poor people found to have been left off the register (漏评人口): the numerator of the omission rate.</summary>
    public int? OmittedPoorPeople { get; init; }

    /// <summary>Households surveyed about the poverty work: the denominator of public approval.</summary>
    public int? HouseholdsSurveyed { get; init; }

    /// <summary>Of those, households that approve (认可): the numerator of public approval.</summary>
    public int? HouseholdsApproving { get; init; }
}

/// <summary>
/// The county de-capping procedure as recorded (贫困县退出程序). Each step is <c>null</c> when nothing is recorded for
/// it. Immutable.
/// </summary>
public sealed record DecappingProcedureRecord
{
    /// <summary>县级扶贫开发领导小组提出退出 — the county leading group proposed the exit.</summary>
    public bool? CountyProposal { get; init; }

    /// <summary>市级扶贫开发领导小组初审 — the city reviewed the proposal.</summary>
    public bool? CityReview { get; init; }

    /// <summary>省级核查并公示 — the province verified the exit and published a notice with no objection.</summary>
    public bool? ProvinceVerificationAndNotice { get; init; }

    /// <summary>省级审定并报国务院扶贫开发领导小组 — the province approved the exit and reported it to the State Council leading group.</summary>
    public bool? ProvinceApprovalAndReport { get; init; }

    /// <summary>国家专项评估检查 — the national special assessment (spot check) was passed.</summary>
    public bool? NationalAssessment { get; init; }

    /// <summary>省级政府正式批准退出 — the provincial government formally approved the exit.</summary>
    public bool? ProvinceFormalApproval { get; init; }
}
