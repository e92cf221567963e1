namespace PovertyRules.Model;

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
