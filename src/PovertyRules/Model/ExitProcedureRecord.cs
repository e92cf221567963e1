namespace PovertyRules.Model;

/// <summary>
/// The household exit procedure as recorded (贫困户退出程序): democratic appraisal → verification → household
/// consent → public notice → announcement. Each step is <c>null</c> when nothing is recorded for it. Immutable.
/// </summary>
public sealed record ExitProcedureRecord
{
    /// <summary>民主评议 — the village committee held the democratic appraisal.</summary>
    public bool? AppraisalHeld { get; init; }

    /// <summary>The village committee and the resident task force verified the appraisal (核实).</summary>
    public bool? Verified { get; init; }

    /// <summary>The household agreed to exit and signed (户认可).</summary>
    public bool? HouseholdConsented { get; init; }

    /// <summary>公示 — days the exit was publicly noticed in the village; <c>null</c> when no notice is recorded.</summary>
    public int? NoticeDays { get; init; }

    /// <summary>Objections raised during the notice that remain unresolved.</summary>
    public int? UnresolvedObjections { get; init; }

    /// <summary>公告 — the exit was announced and the household deregistered.</summary>
    public bool? Announced { get; init; }
}
