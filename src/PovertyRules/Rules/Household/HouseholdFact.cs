using PovertyRules.Rules.Exclusion;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.Household;

/// <summary>
/// The one fact a household rule matches: the household, the parameters resolved for it, and what each criterion
/// counts — computed once here, when the fact is built, so that the rules' conditions only compare plain fields.
/// Rules fire only on a criterion not met and record it on the fact; an applicable criterion with no firing is
/// unknown when its unresolved predicate holds, met otherwise. A class, not a record: NRules tells facts apart by identity here.
/// </summary>
internal sealed class HouseholdFact : LevelFact
{
    private static readonly ExitProcedureRecord NoProcedure = new();
    private static readonly Dwelling NoDwelling = new();

    /// <exception cref="RuleEvaluationException">A criterion could not be evaluated on the record (the engine rejects the record).</exception>
    public HouseholdFact(HouseholdRecord household, HouseholdParameters parameters)
    {
        Household = household;
        Parameters = parameters;
        Procedure = household.ExitProcedure ?? NoProcedure;
        Dwelling = household.Dwelling ?? NoDwelling;
        Income = IncomeAboveLineRule.Count(household, parameters);
        Education = CompulsoryEducationRule.Count(household, parameters);
        Insurance = MedicalInsuranceRule.Count(household);
        Payroll = GovernmentPayrollRule.Count(household, parameters);
        CommercialHousing = CommercialHousingRule.Count(household);
        Cars = CarOwnershipRule.Count(household, parameters);
    }

    public HouseholdRecord Household { get; }

    public HouseholdParameters Parameters { get; }

    /// <summary>
    /// The rule packs that applied under the profile, each with its fact after firing (what its rules recorded), in the
    /// order of the engine's applicable packs; <c>null</c> when none applied.
    /// </summary>
    public (Packs.RulePack Pack, Packs.PackCheck Check)[]? Packs { get; set; }

    /// <inheritdoc />
    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <inheritdoc />
    public override Policy.PolicyProfile Profile => Parameters.Profile;

    /// <summary>The exit procedure as recorded; every step unrecorded when the household has no procedure record.</summary>
    public ExitProcedureRecord Procedure { get; }

    /// <summary>The dwelling as recorded; grade and resettlement unrecorded when the household has no dwelling record.</summary>
    public Dwelling Dwelling { get; }

    /// <summary>The test years by how their income compares with the line.</summary>
    public Tally Income { get; }

    /// <summary>Members of compulsory-school age out of school because of poverty, and those whose age, schooling or reason is not recorded.</summary>
    public Tally Education { get; }

    /// <summary>Eligible members not enrolled in basic medical insurance, and those whose eligibility or enrolment is not recorded.</summary>
    public Tally Insurance { get; }

    /// <summary>Members on a government payroll (or counted village cadres), and those whose status is not recorded.</summary>
    public Tally Payroll { get; }

    /// <summary>Purchased commercial housing owned; unrecorded when the household's other housing is not recorded.</summary>
    public Tally CommercialHousing { get; }

    /// <summary>Counted cars owned, and cars whose value decides and is not recorded; unrecorded when vehicles are not recorded.</summary>
    public Tally Cars { get; }
}
