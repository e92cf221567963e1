using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 住房安全有保障 — the dwelling is rated safe (grade A or B of the rural housing safety appraisal), or the household
/// has been resettled (易地扶贫搬迁) into safe housing. Grades C and D are dangerous.
/// </summary>
[Name(Id), Tag(RuleTags.HouseholdExit), Description("住房安全有保障 (中办发〔2016〕16号 二(一)): dwelling graded A or B, or the household resettled into safe housing")]
internal sealed class SafeHousingRule() : HouseholdRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-HOUSING";

    private static Evidence Explain(HouseholdFact fact)
    {
        var dwelling = fact.Household.Dwelling;
        var actual = dwelling is null
            ? "missing (Dwelling)"
            : $"grade {dwelling.Grade?.ToString() ?? "missing"}, resettled: {dwelling.Resettled switch { true => "yes", false => "no", null => "missing" }}";
        return new Evidence(actual, "grade A or B, or resettled", null, Citations.ExitMechanismHousehold, true);
    }

    internal static readonly Criterion<HouseholdFact> Criterion = new PredicateCriterion<HouseholdFact>(
        Id, CriterionKind.ExitCriterion, "Safe housing", "住房安全有保障",
        notMet: h => h.Dwelling.Resettled == false && (h.Dwelling.Grade == HousingGrade.C || h.Dwelling.Grade == HousingGrade.D),
        unresolved: h => h.Dwelling.Resettled != true && h.Dwelling.Grade != HousingGrade.A && h.Dwelling.Grade != HousingGrade.B,
        Explain);
}
