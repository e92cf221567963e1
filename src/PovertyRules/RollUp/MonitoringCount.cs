using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.RollUp;

/// <summary>
/// Relapse-monitoring counts of one village, county or the whole run: households by outcome and category, people
/// monitored and the share of the registered population they are. Immutable. The guidance's "about 5%, at most 10%
/// in deep-poverty areas" is a reported figure to compare the share with, not a rule.
/// </summary>
public sealed class MonitoringCount
{
    internal MonitoringCount(int[] statuses, int[] categories, int eliminated, long monitoredPeople, long registeredPeople)
    {
        NotAtRisk = statuses[(int)MonitoringStatus.NotAtRisk];
        AtRisk = statuses[(int)MonitoringStatus.AtRisk];
        Undetermined = statuses[(int)MonitoringStatus.Undetermined];
        InvalidInput = statuses[(int)MonitoringStatus.InvalidInput];
        UnstableExited = categories[(int)MonitoringCategory.UnstableExited];
        MarginalAtRisk = categories[(int)MonitoringCategory.MarginalAtRisk];
        SuddenHardship = categories[(int)MonitoringCategory.SuddenHardship];
        RiskEliminated = eliminated;
        MonitoredPeople = monitoredPeople;
        RegisteredPeople = registeredPeople;
    }

    /// <summary>Every household counted, invalid input included.</summary>
    public int Households => NotAtRisk + AtRisk + Undetermined + InvalidInput;

    /// <summary>Households carrying at least one risk: the monitored households.</summary>
    public int AtRisk { get; }

    /// <summary>Households known to carry no risk.</summary>
    public int NotAtRisk { get; }

    /// <summary>Households no risk is known for, with an input missing.</summary>
    public int Undetermined { get; }

    /// <summary>Records rejected as malformed.</summary>
    public int InvalidInput { get; }

    /// <summary>Households at risk as 脱贫不稳定户 (a household can be in several categories).</summary>
    public int UnstableExited { get; }

    /// <summary>Households at risk as 边缘易致贫户.</summary>
    public int MarginalAtRisk { get; }

    /// <summary>Households at risk as 突发严重困难户.</summary>
    public int SuddenHardship { get; }

    /// <summary>Monitored households (at risk, or a category recorded) whose risk counts as eliminated.</summary>
    public int RiskEliminated { get; }

    /// <summary>Members of the households at risk.</summary>
    public long MonitoredPeople { get; }

    /// <summary>Members of the households known to be or to have been on the poverty register.</summary>
    public long RegisteredPeople { get; }

    /// <summary>
    /// <see cref="MonitoredPeople"/> / <see cref="RegisteredPeople"/> (a share 0–…; marginal households are monitored
    /// without being registered, so it can exceed 1); <c>null</c> when no registered person is counted.
    /// </summary>
    public decimal? MonitoredShareOfRegistered => RegisteredPeople > 0 ? (decimal)MonitoredPeople / RegisteredPeople : null;
}
