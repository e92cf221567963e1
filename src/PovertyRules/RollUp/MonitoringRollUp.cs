namespace PovertyRules.RollUp;

/// <summary>Relapse-monitoring counts per village (12-digit code), per county (6-digit code) and for the whole run. Immutable.</summary>
public sealed class MonitoringRollUp
{
    internal MonitoringRollUp(
        IReadOnlyDictionary<string, MonitoringCount> villages, IReadOnlyDictionary<string, MonitoringCount> counties, MonitoringCount total, int unattributed)
    {
        Villages = villages;
        Counties = counties;
        Total = total;
        Unattributed = unattributed;
    }

    /// <summary>Counts by village code, ordered by code.</summary>
    public IReadOnlyDictionary<string, MonitoringCount> Villages { get; }

    /// <summary>Counts by county code (the village code's first six digits), ordered by code.</summary>
    public IReadOnlyDictionary<string, MonitoringCount> Counties { get; }

    /// <summary>Counts of every household of the run, those without a usable village code included.</summary>
    public MonitoringCount Total { get; }

    /// <summary>Households counted only in <see cref="Total"/>: their village code is not a 12-digit code (or the record is null).</summary>
    public int Unattributed { get; }
}
