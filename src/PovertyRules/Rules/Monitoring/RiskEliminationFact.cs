using PovertyRules.Policy;
using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// The one fact a risk-elimination rule matches: the household's monitoring fact (its hardship measures) and what
/// elimination counts — the years above the monitoring line, 两不愁三保障 and safe water — computed once here.
/// </summary>
internal sealed class RiskEliminationFact : LevelFact
{
    private static readonly Dwelling NoDwelling = new();

    public RiskEliminationFact(MonitoringFact risk)
    {
        Risk = risk;
        Dwelling = risk.Household.Dwelling ?? NoDwelling;
        StableIncome = StableIncomeRule.Count(risk.Household, risk.Parameters);
        Education = CompulsoryEducationRule.Count(risk.Household, risk.Parameters.Household);
        Insurance = MedicalInsuranceRule.Count(risk.Household);
    }

    /// <summary>The household's monitoring fact.</summary>
    public MonitoringFact Risk { get; }

    /// <summary>The dwelling as recorded; grade and resettlement unrecorded when the household has no dwelling record.</summary>
    public Dwelling Dwelling { get; }

    /// <summary>The elimination years by their income against the monitoring line.</summary>
    public Tally StableIncome { get; }

    /// <summary>Members of compulsory-school age out of school because of poverty, and those not recorded.</summary>
    public Tally Education { get; }

    /// <summary>Eligible members not enrolled in basic medical insurance, and those not recorded.</summary>
    public Tally Insurance { get; }

    /// <inheritdoc />
    public override int ApplicableMask => Risk.Parameters.EliminationMask;

    /// <inheritdoc />
    public override PolicyProfile Profile => Risk.Parameters.Profile;
}
