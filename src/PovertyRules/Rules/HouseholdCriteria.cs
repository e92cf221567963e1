using PovertyRules.Rules.Exclusion;
using PovertyRules.Rules.Household;

namespace PovertyRules.Rules;

/// <summary>
/// The household-level criteria in report order, and the one closed-world step: a criterion that applies and whose
/// rule did not fire is met.
/// </summary>
internal static class HouseholdCriteria
{
    /// <summary>The criteria in report order with their rule classes; indexes the criteria once.</summary>
    public static readonly CriteriaCatalog<HouseholdFact> Catalog = new(
        [
            IncomeAboveLineRule.Criterion,
            FoodAndClothingRule.Criterion,
            CompulsoryEducationRule.Criterion,
            MedicalInsuranceRule.Criterion,
            SafeHousingRule.Criterion,
            SafeDrinkingWaterRule.Criterion,
            AppraisalStepRule.Criterion,
            VerificationStepRule.Criterion,
            ConsentStepRule.Criterion,
            PublicNoticeStepRule.Criterion,
            AnnouncementStepRule.Criterion,
            GovernmentPayrollRule.Criterion,
            RegisteredBusinessRule.Criterion,
            CommercialHousingRule.Criterion,
            CarOwnershipRule.Criterion,
        ],
        [
            typeof(IncomeAboveLineRule), typeof(FoodAndClothingRule), typeof(CompulsoryEducationRule), typeof(MedicalInsuranceRule),
            typeof(SafeHousingRule), typeof(SafeDrinkingWaterRule), typeof(AppraisalStepRule), typeof(VerificationStepRule),
            typeof(ConsentStepRule), typeof(PublicNoticeStepRule), typeof(AnnouncementStepRule), typeof(GovernmentPayrollRule),
            typeof(RegisteredBusinessRule), typeof(CommercialHousingRule), typeof(CarOwnershipRule),
        ]);

    public static IReadOnlyList<Criterion<HouseholdFact>> All => Catalog.All;

    /// <summary>The rule types of the household and exclusion rule sets.</summary>
    public static IReadOnlyList<Type> RuleTypes => Catalog.RuleTypes;

    private static readonly int ExitMask = MaskOf(Evaluation.CriterionKind.ExitCriterion);
    private static readonly int ProcedureMask = MaskOf(Evaluation.CriterionKind.ProcedureStep);
    private static readonly int ExclusionMask = MaskOf(Evaluation.CriterionKind.Exclusion);

    public static int ApplicableMask(HouseholdParameters parameters)
    {
        var mask = (1 << All.Count) - 1;
        return parameters.WaterRequired ? mask : mask & ~(1 << SafeDrinkingWaterRule.Criterion.Index);
    }

    /// <summary>The status the verdicts lead to (three-valued: a known failure is decisive over a missing input).</summary>
    public static Evaluation.HouseholdStatus Conclude(int applicable, int notMet, int unknown)
    {
        notMet &= applicable;
        unknown &= applicable;
        if ((notMet & ExclusionMask) != 0)
        {
            return Evaluation.HouseholdStatus.IneligibleWronglyRegistered;
        }

        if ((notMet & ExitMask) != 0)
        {
            return Evaluation.HouseholdStatus.RemainsPoor;
        }

        if ((unknown & (ExitMask | ExclusionMask)) != 0)
        {
            return Evaluation.HouseholdStatus.Undetermined;
        }

        return ((notMet | unknown) & ProcedureMask) != 0
            ? Evaluation.HouseholdStatus.EligibleProcedurePending
            : Evaluation.HouseholdStatus.MayExit;
    }

    private static int MaskOf(Evaluation.CriterionKind kind) =>
        All.Where(c => c.Kind == kind).Aggregate(0, (mask, c) => mask | (1 << c.Index));
}
