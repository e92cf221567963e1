using PovertyRules.Policy;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// 两不愁三保障和饮水安全持续巩固 — for the risk to count as eliminated, food and clothing are secure, no member of
/// compulsory-school age is out of school because of poverty, every eligible member is in basic medical insurance, the
/// dwelling is safe (grade A or B, or resettled) and the drinking water is safe.
/// </summary>
[Name(Id), Tag(RuleTags.RiskElimination), Description("风险消除 (中农组发〔2021〕7号: 两不愁三保障和饮水安全持续巩固): food and clothing secure, compulsory education, basic medical insurance, safe housing and safe drinking water")]
internal sealed class GuaranteesRule() : EliminationRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "MON-ELIM-GUARANTEES";

    private static string YesNo(bool? value, string field) => value switch { true => "yes", false => "no", null => $"missing ({field})" };

    private static Evidence Explain(RiskEliminationFact fact)
    {
        var household = fact.Risk.Household;
        var dwelling = household.Dwelling is null
            ? "missing (Dwelling)"
            : $"grade {fact.Dwelling.Grade?.ToString() ?? "missing"}, resettled {YesNo(fact.Dwelling.Resettled, "Dwelling.Resettled")}";
        return new Evidence(
            $"food and clothing {YesNo(household.FoodAndClothingSecure, "FoodAndClothingSecure")}; out of school {fact.Education.Failing} (undecided {fact.Education.Undecided}); "
            + $"not insured {fact.Insurance.Failing} (undecided {fact.Insurance.Undecided}); housing {dwelling}; safe water {YesNo(household.SafeDrinkingWater, "SafeDrinkingWater")}",
            "food and clothing secure, no dropout, every eligible member insured, housing safe, safe water",
            null,
            Citations.MonitoringCategories,
            true);
    }

    internal static readonly Criterion<RiskEliminationFact> Criterion = new PredicateCriterion<RiskEliminationFact>(
        Id, CriterionKind.RiskElimination, "Two assurances, three guarantees and safe water", "两不愁三保障和饮水安全",
        notMet: e => e.Risk.Household.FoodAndClothingSecure == false
            || e.Education.Failing > 0
            || e.Insurance.Failing > 0
            || (e.Dwelling.Resettled == false && (e.Dwelling.Grade == HousingGrade.C || e.Dwelling.Grade == HousingGrade.D))
            || e.Risk.Household.SafeDrinkingWater == false,
        unresolved: e => !(e.Risk.Household.FoodAndClothingSecure == true
            && e.Education.Failing == 0 && e.Education.Undecided == 0
            && e.Insurance.Failing == 0 && e.Insurance.Undecided == 0
            && (e.Dwelling.Resettled == true || e.Dwelling.Grade == HousingGrade.A || e.Dwelling.Grade == HousingGrade.B)
            && e.Risk.Household.SafeDrinkingWater == true),
        Explain);
}
