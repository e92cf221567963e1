namespace PovertyRules.Rules;

/// <summary>What kind of criterion a rule checks.</summary>
public enum CriterionKind
{
    /// <summary>An exit criterion: of a household (income, 两不愁三保障, water), a village (incidence, facilities, collective income) or a county (incidence, third-party evaluation figures).</summary>
    ExitCriterion = 1,
    /// <summary>A step of the exit procedure.</summary>
    ProcedureStep = 2,
    /// <summary>One of the four excluded categories (四类对象).</summary>
    Exclusion = 3,
    /// <summary>A criterion reported beside the decision (a rule pack's report-only criterion; the accountability rules' priority in promotion): it has no say in the status.</summary>
    Reported = 4,

    /// <summary>A check of the register's data quality (an ID number, a required column, records that contradict each other).</summary>
    DataQuality = 5,

    /// <summary>A cadre accountability duty of a county (干部考核与问责): no transfer before de-capping, the annual target, assistance coverage.</summary>
    Accountability = 6,

    /// <summary>A relapse-monitoring risk (防止返贫动态监测): not met means the household carries the risk.</summary>
    MonitoringRisk = 7,

    /// <summary>A condition of risk elimination (风险消除): all met means the household's risk counts as eliminated.</summary>
    RiskElimination = 8,
}
