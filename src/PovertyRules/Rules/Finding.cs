namespace PovertyRules.Rules;

/// <summary>
/// The result of one criterion for one household, with what it was decided on. Immutable.
/// </summary>
/// <param name="RuleId">The stable rule id, e.g. <c>HH-INCOME</c>.</param>
/// <param name="Kind">Exit criterion, procedure step or exclusion.</param>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="Actual">The household's value the rule looked at (or which input is missing).</param>
/// <param name="Threshold">What the rule requires.</param>
/// <param name="Parameter">The profile parameter(s) the threshold comes from; <c>null</c> when the criterion reads none.</param>
/// <param name="Citation">The policy clause the criterion and its threshold come from.</param>
/// <param name="Verified"><c>false</c> when the threshold rests on a figure marked unverified in the profile.</param>
/// <param name="MessageZh">A one-line explanation in Chinese.</param>
/// <param name="MessageEn">A one-line explanation in English.</param>
public sealed record Finding(
    string RuleId,
    CriterionKind Kind,
    Outcome Outcome,
    string Actual,
    string Threshold,
    string? Parameter,
    string Citation,
    bool Verified,
    string MessageZh,
    string MessageEn)
{
    /// <summary>The English message.</summary>
    public override string ToString() => MessageEn;

    /// <summary>A finding with its messages in both languages, worded for its kind and outcome (national and pack criteria alike).</summary>
    internal static Finding Compose(
        string id, CriterionKind kind, Outcome outcome, string nameEn, string nameZh, string actual, string threshold, string? parameter, string citation, bool verified)
    {
        var (en, zh) = (kind, outcome) switch
        {
            (CriterionKind.Exclusion, Outcome.Met) => ("not in this category", "不属于该类"),
            (CriterionKind.Exclusion, Outcome.NotMet) => ("in this excluded category", "属于该类，应予清退"),
            (CriterionKind.ProcedureStep, Outcome.Met) => ("step done", "已完成"),
            (CriterionKind.ProcedureStep, Outcome.NotMet) => ("step not done", "未完成"),
            (CriterionKind.MonitoringRisk, Outcome.Met) => ("no such risk", "无此风险"),
            (CriterionKind.MonitoringRisk, Outcome.NotMet) => ("risk found", "存在该风险，纳入监测"),
            (_, Outcome.Met) => ("met", "达标"),
            (_, Outcome.NotMet) => ("not met", "未达标"),
            _ => ("unknown: input missing", "无法判定：缺少数据"),
        };
        return new Finding(
            id,
            kind,
            outcome,
            actual,
            threshold,
            parameter,
            citation,
            verified,
            $"{nameZh}（{id}）：{zh}。实际：{actual}；要求：{threshold}。",
            $"{nameEn} ({id}): {en}. Actual: {actual}; required: {threshold}.");
    }
}
