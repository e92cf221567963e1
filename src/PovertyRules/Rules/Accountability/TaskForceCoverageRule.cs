using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// 每个贫困村都有驻村帮扶工作队 — every registered poor village of the county has a resident task force: not met when
/// one has none, unknown when the villages or those with a task force are not counted.
/// </summary>
[Name(Id), Tag(RuleTags.Accountability), Description("确保每个贫困村都有驻村帮扶工作队，每个贫困户都有帮扶责任人 (贫困县脱贫攻坚责任书, 湖南省, 2016) — every registered poor village has a resident task force")]
internal sealed class TaskForceCoverageRule() : AccountabilityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "ACC-TASK-FORCE";

    internal const string Citation =
        "凤凰县脱贫攻坚责任书 (湖南, 2016), as the seed article reports it: 确保每个贫困村都有驻村帮扶工作队，每个贫困户都有帮扶责任人";

    /// <summary>Poor villages without a resident task force; <c>null</c> when either count is missing.</summary>
    internal static int? Uncovered(AssistanceRecord? assistance) =>
        assistance is { PoorVillages: { } poor, VillagesWithTaskForce: { } covered } ? poor - covered : null;

    private static Evidence Explain(AccountabilityFact fact)
    {
        var assistance = fact.Record.Assistance;
        var actual = (assistance?.PoorVillages, assistance?.VillagesWithTaskForce) switch
        {
            ({ } poor, { } covered) => $"{Formats.People(covered)} of {Formats.People(poor)} registered poor villages with a resident task force",
            (null, _) => "registered poor villages not counted (Assistance.PoorVillages)",
            _ => "villages with a resident task force not counted (Assistance.VillagesWithTaskForce)",
        };
        return new Evidence(actual, "every registered poor village with a resident task force", null, Citation, true);
    }

    internal static readonly PredicateCriterion<AccountabilityFact> Criterion = new(
        Id, CriterionKind.Accountability, "Every poor village has a resident task force", "每个贫困村都有驻村帮扶工作队",
        notMet: a => a.VillagesWithoutTaskForce > 0,
        unresolved: a => a.VillagesWithoutTaskForce != 0,
        Explain);
}
