namespace PovertyRules.Evaluation;

/// <summary>What a criterion's finding says.</summary>
public enum Outcome
{
    /// <summary>The criterion holds (for an exclusion: the household is not in that category).</summary>
    Met = 0,
    /// <summary>The criterion does not hold (for an exclusion: the household is in that category).</summary>
    NotMet = 1,
    /// <summary>An input the criterion needs is not recorded; the criterion is neither met nor failed.</summary>
    Unknown = 2,
}

/// <summary>What kind of criterion a rule checks.</summary>
public enum CriterionKind
{
    /// <summary>An exit criterion: of a household (income, 两不愁三保障, water), a village (incidence, facilities, collective income) or a county (incidence, third-party evaluation figures).</summary>
    ExitCriterion = 1,
    /// <summary>A step of the exit procedure.</summary>
    ProcedureStep = 2,
    /// <summary>One of the four excluded categories (四类对象).</summary>
    Exclusion = 3,
}

/// <summary>The outcome of assessing one household.</summary>
public enum HouseholdStatus
{
    /// <summary>脱贫 — every exit criterion is met and the procedure is complete: the household may exit.</summary>
    MayExit = 1,
    /// <summary>Every exit criterion is met but a procedure step is missing or not recorded.</summary>
    EligibleProcedurePending = 2,
    /// <summary>At least one exit criterion is known not to be met.</summary>
    RemainsPoor = 3,
    /// <summary>The household falls in an excluded category (四类对象) and must be removed as wrongly registered; this is not an exit.</summary>
    IneligibleWronglyRegistered = 4,
    /// <summary>No criterion is known to fail, but at least one needed input is missing.</summary>
    Undetermined = 5,
    /// <summary>The record was rejected as malformed; <see cref="HouseholdAssessment.Errors"/> says where and why.</summary>
    InvalidInput = 6,
}
