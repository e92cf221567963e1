namespace PovertyRules.Model;

/// <summary>
/// 易返贫致贫户(监测对象)类型 — the category of a household under relapse monitoring (2021 onwards, as set by
/// 中农组发〔2021〕7号). Codes follow the order the categories are listed in; local systems also write the labels.
/// </summary>
public enum MonitoringCategory
{
    /// <summary>1 脱贫不稳定户 — an exited household whose exit is not stable (income below the monitoring line, or a risk recorded).</summary>
    UnstableExited = 1,

    /// <summary>2 边缘易致贫户 — a household never registered as poor whose income is below the monitoring line.</summary>
    MarginalAtRisk = 2,

    /// <summary>3 突发严重困难户 — a household in sudden severe hardship (unavoidable expenses far above last year's income, or income fallen sharply).</summary>
    SuddenHardship = 3,
}
