namespace PovertyRules.Model;

/// <summary>脱贫标志 — the register's exit flag.</summary>
public enum ExitFlag
{
    /// <summary>0 未脱贫.</summary>
    NotExited = 0,
    /// <summary>1 已脱贫(享受政策).</summary>
    ExitedWithSupport = 1,
    /// <summary>2 预脱贫.</summary>
    ExitPlanned = 2,
    /// <summary>3 返贫.</summary>
    Relapsed = 3,
    /// <summary>4 已脱贫(不再享受政策).</summary>
    ExitedWithoutSupport = 4,
}
