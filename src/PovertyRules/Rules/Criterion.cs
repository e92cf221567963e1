using System.Linq.Expressions;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// A criterion of one rule set: its stable id, kind, names, its two predicates over the fact (not met; not known to
/// be met), whether it applies under a profile and how to explain a verdict on a fact of type
/// <typeparamref name="TFact"/>. Each rule file declares its own; the level's catalog lists them in report order.
/// </summary>
/// <remarks>
/// The rule's condition is <see cref="NotMet"/>: it fires only on a failure. Whether a criterion that did not fail is
/// met or unknown is <see cref="Unresolved"/>, which the catalog evaluates for every fact after firing — an export
/// leaves most criteria unknown, and a rule activation for each would cost more than the whole assessment of a
/// household whose records are complete.
/// </remarks>
/// <typeparam name="TFact">The fact the level's rules match (household, village or county).</typeparam>
internal abstract class Criterion<TFact>(
    string id, CriterionKind kind, string nameEn, string nameZh, Func<TFact, Evidence> explain, Func<PolicyProfile, bool>? appliesUnder = null)
{
    private readonly Func<PolicyProfile, bool> _appliesUnder = appliesUnder ?? (static _ => true);

    /// <summary>The index of the criterion in its level's catalog; set once when the catalog is built.</summary>
    public int Index { get; internal set; } = -1;

    public string Id { get; } = id;

    public CriterionKind Kind { get; } = kind;

    public string NameEn { get; } = nameEn;

    public string NameZh { get; } = nameZh;

    /// <summary>The criterion is known to fail: the rule's condition. Reads fields the fact computed once.</summary>
    public abstract Expression<Func<TFact, bool>> NotMet { get; }

    /// <summary>
    /// The criterion is not known to be met (it fails, or an input it needs is missing); where <see cref="NotMet"/>
    /// does not hold, it is unknown. Reads fields the fact computed once, as the condition does.
    /// </summary>
    public abstract Expression<Func<TFact, bool>> Unresolved { get; }

    /// <summary>
    /// Whether the criterion applies under <paramref name="profile"/> (a switch or an optional figure the profile sets);
    /// a criterion that does not apply has no finding and no say in the status.
    /// </summary>
    public bool AppliesUnder(PolicyProfile profile) => _appliesUnder(profile);

    public Finding ToFinding(TFact fact, Verdict verdict)
    {
        var evidence = explain(fact);
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
