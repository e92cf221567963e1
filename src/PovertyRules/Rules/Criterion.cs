using PovertyRules.Evaluation;

namespace PovertyRules.Rules;

/// <summary>What a rule found out for its criterion; <see cref="Met"/> is also what the absence of a firing means.</summary>
internal enum Verdict : byte
{
    Met = Outcome.Met,
    NotMet = Outcome.NotMet,
    Unknown = Outcome.Unknown,
}

/// <summary>The assessed value, the requirement and where the requirement comes from, for a finding.</summary>
internal sealed record Evidence(string Actual, string Threshold, string? Parameter, string Citation, bool Verified);

/// <summary>
/// A criterion of one rule set: its stable id, names and how to explain a verdict on a fact of type
/// <typeparamref name="TFact"/>. Each rule file declares its own; the level's catalog lists them in report order.
/// </summary>
/// <typeparam name="TFact">The fact the level's rules match (household, village or county).</typeparam>
internal class Criterion<TFact>
{
    public Criterion(string id, CriterionKind kind, string nameEn, string nameZh, Func<TFact, Evidence> explain)
    {
        Id = id;
        Kind = kind;
        NameEn = nameEn;
        NameZh = nameZh;
        Explain = explain;
    }

    /// <summary>The index of the criterion in its level's catalog; set once when the catalog is built.</summary>
    public int Index { get; internal set; } = -1;

    public string Id { get; }

    public CriterionKind Kind { get; }

    public string NameEn { get; }

    public string NameZh { get; }

    public Func<TFact, Evidence> Explain { get; }

    public Finding ToFinding(TFact fact, Verdict verdict)
    {
        var evidence = Explain(fact);
        var outcome = (Outcome)verdict;
        var (en, zh) = (Kind, outcome) switch
        {
            (CriterionKind.Exclusion, Outcome.Met) => ("not in this category", "不属于该类"),
            (CriterionKind.Exclusion, Outcome.NotMet) => ("in this excluded category", "属于该类，应予清退"),
            (CriterionKind.ProcedureStep, Outcome.Met) => ("step done", "已完成"),
            (CriterionKind.ProcedureStep, Outcome.NotMet) => ("step not done", "未完成"),
            (_, Outcome.Met) => ("met", "达标"),
            (_, Outcome.NotMet) => ("not met", "未达标"),
            _ => ("unknown: input missing", "无法判定：缺少数据"),
        };
        return new Finding(
            Id,
            Kind,
            outcome,
            evidence.Actual,
            evidence.Threshold,
            evidence.Parameter,
            evidence.Citation,
            evidence.Verified,
            $"{NameZh}（{Id}）：{zh}。实际：{evidence.Actual}；要求：{evidence.Threshold}。",
            $"{NameEn} ({Id}): {en}. Actual: {evidence.Actual}; required: {evidence.Threshold}.");
    }
}

/// <summary>A household-level criterion; <see cref="HouseholdCriteria"/> lists them in report order.</summary>
internal sealed class Criterion(string id, CriterionKind kind, string nameEn, string nameZh, Func<HouseholdFact, Evidence> explain)
    : Criterion<HouseholdFact>(id, kind, nameEn, nameZh, explain);
