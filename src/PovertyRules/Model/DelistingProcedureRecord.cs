namespace PovertyRules.Model;

/// <summary>
/// The village delisting procedure as recorded (贫困村退出程序): public notice within the township with no objection,
/// then announcement. Each step is <c>null</c> when nothing is recorded for it. Immutable.
/// </summary>
public sealed record DelistingProcedureRecord
{
    /// <summary>公示 — the delisting was publicly noticed within the township.</summary>
    public bool? NoticeHeld { get; init; }

    /// <summary>Objections raised during the notice that remain unresolved.</summary>
    public int? UnresolvedObjections { get; init; }

    /// <summary>公告 — the delisting was announced.</summary>
    public bool? Announced { get; init; }
}
