using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// 每个贫困户都有帮扶责任人 — every registered poor household of the county has a responsible helper: not met when one
/// has none, unknown when the households or those with a helper are not counted.
/// </summary>
[Name(Id), Tag(RuleTags.Accountability), Description("确保每个贫困村都有驻村帮扶工作队，每个贫困户都有帮扶责任人 (贫困县脱贫攻坚责任书, 湖南省, 2016) — every registered poor household has a responsible helper")]
internal sealed class ResponsibleHelperCoverageRule() : AccountabilityRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "ACC-HELPER";

    /// <summary>Poor households without a responsible helper; <c>null</c> when either count is missing.</summary>
    internal static int? Uncovered(AssistanceRecord? assistance) =>
        assistance is { PoorHouseholds: { } poor, HouseholdsWithHelper: { } covered } ? poor - covered : null;

    private static Evidence Explain(AccountabilityFact fact)
    {
        var assistance = fact.Record.Assistance;
        var actual = (assistance?.PoorHouseholds, assistance?.HouseholdsWithHelper) switch
        {
            ({ } poor, { } covered) => $"{Formats.People(covered)} of {Formats.People(poor)} registered poor households with a responsible helper",
            (null, _) => "registered poor households not counted (Assistance.PoorHouseholds)",
            _ => "households with a responsible helper not counted (Assistance.HouseholdsWithHelper)",
        };
        return new Evidence(actual, "every registered poor household with a responsible helper", null, TaskForceCoverageRule.Citation, true);
    }

    internal static readonly PredicateCriterion<AccountabilityFact> Criterion = new(
        Id, CriterionKind.Accountability, "Every poor household has a responsible helper", "每个贫困户都有帮扶责任人",
        notMet: a => a.HouseholdsWithoutHelper > 0,
        unresolved: a => a.HouseholdsWithoutHelper != 0,
        Explain);
}
