using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.RollUp;

/// <summary>
/// The relapse-monitoring roll-up on an engine: <c>engine.MonitorHierarchy(households, profile)</c> classifies the
/// households and counts them per village and county in the same streaming pass.
/// </summary>
public static class MonitoringRollUps
{
    /// <summary>
    /// Classifies <paramref name="households"/> for relapse monitoring under <paramref name="profile"/> (as
    /// <see cref="PovertyRulesEngine.MonitorMany"/>) and counts them per village, per county and in total. Memory grows
    /// with the number of villages, not households.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable or sets no monitoring line.</exception>
    public static MonitoringRollUp MonitorHierarchy(this PovertyRulesEngine engine, IEnumerable<Household?> households, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(households);
        var villages = new SortedDictionary<string, Counter>(StringComparer.Ordinal);
        var counties = new SortedDictionary<string, Counter>(StringComparer.Ordinal);
        var total = new Counter();
        var unattributed = 0;
        foreach (var result in engine.MonitorMany(households, profile))
        {
            total.Add(result);
            if (result.VillageCode is { } code && AdministrativeCode.Check(code, 12) is null)
            {
                Get(villages, code).Add(result);
                Get(counties, code[..6]).Add(result);
            }
            else
            {
                unattributed++;
            }
        }

        return new MonitoringRollUp(Freeze(villages), Freeze(counties), total.Freeze(), unattributed);
    }

    private static Counter Get(SortedDictionary<string, Counter> counters, string code)
    {
        if (!counters.TryGetValue(code, out var counter))
        {
            counters[code] = counter = new Counter();
        }

        return counter;
    }

    private static IReadOnlyDictionary<string, MonitoringCount> Freeze(SortedDictionary<string, Counter> counters)
    {
        var frozen = new SortedDictionary<string, MonitoringCount>(StringComparer.Ordinal);
        foreach (var (code, counter) in counters)
        {
            frozen[code] = counter.Freeze();
        }

        return frozen.AsReadOnly();
    }

    private sealed class Counter
    {
        private readonly int[] _statuses = new int[Enum.GetValues<MonitoringStatus>().Length];
        private readonly int[] _categories = new int[Enum.GetValues<MonitoringCategory>().Length + 1];
        private int _eliminated;
        private long _monitored;
        private long _registered;

        public void Add(MonitoringAssessment result)
        {
            _statuses[(int)result.Status]++;
            foreach (var category in result.Categories)
            {
                _categories[(int)category]++;
            }

            if (result.Elimination?.Status == RiskEliminationStatus.Eliminated)
            {
                _eliminated++;
            }

            if (result.Status == MonitoringStatus.AtRisk)
            {
                _monitored += result.MemberCount;
            }

            if (result.Registered == true)
            {
                _registered += result.MemberCount;
            }
        }

        public MonitoringCount Freeze() => new(_statuses, _categories, _eliminated, _monitored, _registered);
    }
}
