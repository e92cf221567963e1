using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>
/// 住房安全有保障 — the dwelling is rated safe (grade A or B of the rural housing safety appraisal), or the household
/// has been resettled (易地扶贫搬迁) into safe housing. Grades C and D are dangerous.
/// </summary>
[Name(Id)]
[Description("住房安全有保障 (中办发〔2016〕16号 二(一)): dwelling graded A or B, or the household resettled into safe housing")]
[Tag(RuleTags.HouseholdExit)]
public sealed class SafeHousingRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "HH-HOUSING";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.ExitCriterion, "Safe housing", "住房安全有保障", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact)
    {
        if (fact.Household.Dwelling is not { } dwelling)
        {
            return Verdict.Unknown;
        }

        if (dwelling.Resettled == true || dwelling.Grade is HousingGrade.A or HousingGrade.B)
        {
            return Verdict.Met;
        }

        // Dangerous (C/D) fails only when the household is known not to have been resettled.
        return dwelling.Grade is HousingGrade.C or HousingGrade.D && dwelling.Resettled == false
            ? Verdict.NotMet
            : Verdict.Unknown;
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var dwelling = fact.Household.Dwelling;
        var actual = dwelling is null
            ? "missing (Dwelling)"
            : $"grade {dwelling.Grade?.ToString() ?? "missing"}, resettled: {dwelling.Resettled switch { true => "yes", false => "no", null => "missing" }}";
        return new Evidence(actual, "grade A or B, or resettled", null, Citations.ExitMechanismHousehold, true);
    }
}
