using System.Linq.Expressions;
using PovertyRules.Rules;

namespace PovertyRules.Distance;

/// <summary>What the village and county distances share: steps and facilities named by their fields, amounts against a minimum, inputs from the findings.</summary>
internal static class LevelDistance
{
    /// <summary>The record's field a yes/no criterion reads (<c>Procedure.Announced</c>, <c>HardenedRoad</c>); <c>null</c> when it is not one field.</summary>
    public static string? FieldOf<TFact>(Criterion<TFact> criterion, string? record)
    {
        if (criterion is not StepCriterion<TFact> step || step.Done.Body is not MemberExpression member)
        {
            return null;
        }

        return record is null ? member.Member.Name : $"{record}.{member.Member.Name}";
    }

    public static RequiredChange Step<TFact>(Criterion<TFact> criterion, string field) =>
        new(criterion.Id, ChangeKind.CompleteProcedureStep, field, null, null, null, null, null,
            $"程序“{criterion.NameZh}”（{criterion.Id}）未完成或未记录：需完成并记录。",
            $"Procedure step \"{criterion.NameEn}\" ({criterion.Id}) must be completed and recorded.");

    public static RequiredChange Facility<TFact>(Criterion<TFact> criterion, string field) =>
        new(criterion.Id, ChangeKind.ProvideFacility, field, null, null, null, null, null,
            $"缺少“{criterion.NameZh}”（{criterion.Id}）：需建成。",
            $"{criterion.NameEn} ({criterion.Id}) is absent: it must be provided.");

    /// <summary>The least whole yuan an amount lacks to pass its minimum (the rule's own comparison).</summary>
    public static RequiredChange? Amount<TFact>(Criterion<TFact> criterion, string field, decimal? current, Threshold? minimum)
    {
        if (current is not { } value || minimum is not { } threshold)
        {
            return null;
        }

        var lacking = DistanceSearch.LeastYuan(value, threshold.Passes);
        return new RequiredChange(criterion.Id, ChangeKind.RaiseAmount, field, null, null, value, value + lacking, lacking,
            $"{criterion.NameZh}（{criterion.Id}）：{Formats.Yuan(value)}，需增加{Formats.Yuan(lacking)}至{Formats.Yuan(value + lacking)}（要求：{threshold.Describe(Formats.Yuan)}）。",
            $"{criterion.NameEn} ({criterion.Id}): {Formats.Yuan(value)} lacks {Formats.Yuan(lacking)}, to {Formats.Yuan(value + lacking)} (required: {threshold.Describe(Formats.Yuan)}).");
    }

    public static RequiredChange RemovePeople(string id, string nameZh, string nameEn, int remaining, int? toRemove, Threshold threshold)
    {
        if (toRemove is not { } k)
        {
            return new RequiredChange(id, ChangeKind.RemovePoorPeople, "RemainingPoorPeople", null, null, remaining, null, null,
                $"{nameZh}（{id}）：剩余贫困人口全部退出也达不到{threshold.Describe(Formats.Percent)}。",
                $"{nameEn} ({id}): even with no poor people remaining the incidence would not be {threshold.Describe(Formats.Percent)}.");
        }

        return new RequiredChange(id, ChangeKind.RemovePoorPeople, "RemainingPoorPeople", null, null, remaining, remaining - k, k,
            $"{nameZh}（{id}）：剩余贫困人口{Formats.People(remaining)}人，需再有{Formats.People(k)}人脱贫（至多剩余{Formats.People(remaining - k)}人；要求：{threshold.Describe(Formats.Percent)}）。",
            $"{nameEn} ({id}): {Formats.People(k)} more of the {Formats.People(remaining)} remaining poor people must exit (at most {Formats.People(remaining - k)} remaining; required: {threshold.Describe(Formats.Percent)}).");
    }

    public static MissingInput FromFinding(IReadOnlyList<Finding> findings, string id) =>
        new(id, findings.FirstOrDefault(f => f.RuleId == id)?.Actual ?? id);

    public static MissingInput Unassessed(string id, int households) =>
        new(id, $"{households} household(s) whose records were rejected: correct them so that they are counted");
}
