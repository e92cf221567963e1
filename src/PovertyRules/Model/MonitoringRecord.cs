namespace PovertyRules.Model;

/// <summary>
/// What a post-2020 register records for relapse monitoring (防止返贫动态监测) about one household. Immutable. Every
/// field is nullable: <c>null</c> means "not recorded", and a monitoring criterion that needs it is unknown.
/// </summary>
public sealed record MonitoringRecord
{
    /// <summary>
    /// 建档立卡 — whether the household is or was on the poverty register; <c>false</c> for a rural household never
    /// registered (the only kind that can be a marginal household at risk). A household never registered has no exit flag.
    /// </summary>
    public bool? EverRegistered { get; init; }

    /// <summary>
    /// 易返贫致贫户(监测对象)类型 — the category the register records; <c>null</c> when none is recorded (not a
    /// monitoring object, or the export has no such column).
    /// </summary>
    public MonitoringCategory? RecordedCategory { get; init; }

    /// <summary>
    /// Whether a current risk of relapse or of falling into poverty is recorded for the household (a screening found
    /// one, e.g. a member's serious illness or a failed business, whatever the income); <c>false</c> when none is.
    /// </summary>
    public bool? RiskRecorded { get; init; }

    /// <summary>风险是否消除 — whether the register marks the household's risk as eliminated.</summary>
    public bool? RiskEliminated { get; init; }

    /// <summary>风险识别时间 — when the risk was identified.</summary>
    public DateOnly? RiskIdentifiedOn { get; init; }

    /// <summary>风险消除时间 — when the risk was marked eliminated.</summary>
    public DateOnly? RiskEliminatedOn { get; init; }

    /// <summary>
    /// 刚性支出 — the household's unavoidable expenses in the assessment year (illness, disability, disaster, accident),
    /// in yuan for the whole household; compared with last year's household income (per-capita income × members).
    /// </summary>
    public decimal? UnavoidableExpenses { get; init; }
}
