using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.RollUp;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Village;

namespace PovertyRules.Live;

/// <summary>
/// A province's register held in memory with every household, village and county assessment current (动态管理): load
/// the records once under a profile, then apply changes one at a time or in batches. A change re-assesses only the
/// households it touches and, when their counts moved, their villages and counties; it returns, and publishes to
/// subscribers, the transitions it caused at each level.
/// </summary>
/// <remarks>
/// <para>
/// After any sequence of changes the state is what <c>engine.AssessHierarchy</c> gives for the same records: each
/// household's assessment is the engine's <see cref="PovertyRulesEngine.Assess"/>, each village's and county's is the
/// roll-up's. A household is held by its id (户编号); records loaded without an id, or repeating an id loaded before,
/// are counted as the roll-up counts them and cannot be changed.
/// </para>
/// <para>
/// One writer, many readers: changes are applied one call at a time (concurrent callers wait their turn); reads and
/// snapshots may come from any thread at any moment and always see the state between two calls, never half of one.
/// Subscribers are notified on the writer's thread, in order, after the state is updated.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var register = LiveRegister.Load(engine, PolicyProfiles.National(2016), households, villages, counties);
/// var result = register.Apply(new UpdateHousehold(corrected) { Reference = new("county-office", "income corrected") });
/// foreach (var transition in result.Transitions) Console.WriteLine(transition);   // Household 4312…: RemainsPoor → MayExit (…)
/// </code>
/// </example>
public sealed partial class LiveRegister : IObservable<LiveResult>, IDisposable
{
    private static readonly string[] VillageCriterionIds = [.. VillageCriteria.Catalog.All.Select(c => c.Id)];
    private static readonly string[] CountyCriterionIds = [.. CountyCriteria.Catalog.All.Select(c => c.Id)];

    private readonly PovertyRulesEngine _engine;
    private readonly TimeProvider _time;
    private readonly object _writer = new();
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, HouseholdAssessment> _households = new(StringComparer.Ordinal);
    private readonly List<HouseholdAssessment> _keyless = [];
    private readonly Dictionary<string, VillageState> _villages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountyState> _counties = new(StringComparer.Ordinal);
    private readonly List<(Village? Village, InputError? Duplicate)> _rejectedVillageRecords = [];
    private readonly List<(County? County, InputError? Duplicate)> _rejectedCountyRecords = [];
    private readonly TallyBuilder _unattributed = new();
    private readonly TallyBuilder _fixedUnattributed = new();
    private readonly TallyBuilder _repeated = new();
    private readonly int[] _householdCounts = new int[(int)HouseholdStatus.InvalidInput + 1];
    private readonly int[] _villageCounts = new int[(int)VillageStatus.InvalidInput + 1];
    private readonly int[] _countyCounts = new int[(int)CountyStatus.InvalidInput + 1];
    private IReadOnlyList<VillageAssessment> _rejectedVillages = [];
    private IReadOnlyList<CountyAssessment> _rejectedCounties = [];
    private ImmutableArray<IObserver<LiveResult>> _observers = [];
    private PolicyProfile _profile;
    private IReadOnlyList<(string Id, bool Applies)> _criteria;
    private long _fixedRead;
    private long _version;
    private bool _disposed;

    private LiveRegister(PovertyRulesEngine engine, PolicyProfile profile, TimeProvider time)
    {
        _engine = engine;
        _profile = profile;
        _time = time;
        _criteria = engine.HouseholdCriteriaUnder(profile);
    }

    /// <summary>The profile every current assessment was made under.</summary>
    public PolicyProfile Profile
    {
        get
        {
            using var read = Read();
            return _profile;
        }
    }

    /// <summary>The sequence number of the last change applied (0 right after loading).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Loads a register: assesses every household under <paramref name="profile"/> (in parallel, as
    /// <see cref="PovertyRulesEngine.AssessMany"/>), then the villages and counties, as <c>engine.AssessHierarchy</c> does.
    /// </summary>
    /// <param name="engine">The engine (with any rule packs) every assessment is made with.</param>
    /// <param name="profile">The profile in force.</param>
    /// <param name="households">The households, read once; a repeated id is counted as the roll-up counts it, and not held.</param>
    /// <param name="villages">The village descriptors; null, malformed or repeated ones are rejected as in the roll-up.</param>
    /// <param name="counties">The county descriptors; likewise.</param>
    /// <param name="time">The clock that stamps applied changes; the system clock when null.</param>
    /// <param name="options">Batch size and parallelism of the load; defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="time"/> and <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    /// <exception cref="BulkSourceException"><paramref name="households"/> threw while being read; no register is given.</exception>
    public static LiveRegister Load(
        PovertyRulesEngine engine,
        PolicyProfile profile,
        IEnumerable<Household?> households,
        IEnumerable<Village?> villages,
        IEnumerable<County?> counties,
        TimeProvider? time = null,
        BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        engine.PrepareLevels(profile);
        var register = new LiveRegister(engine, profile, time ?? TimeProvider.System);
        register.LoadDescriptors(villages, counties);
        register.LoadHouseholds(households, options);
        register.AssessAllLevels();
        return register;
    }

    /// <summary>Applies one change; see <see cref="ApplyAll"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The register is disposed.</exception>
    public LiveResult Apply(LiveChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ApplyAll([change]);
    }

    /// <summary>
    /// Applies <paramref name="changes"/> in order, as one step: each later change sees the earlier ones; the households
    /// touched are re-assessed together, then the villages and counties whose counts or records moved. A change that
    /// cannot apply (an unknown id, a repeated one, a malformed code) is refused with its reason and changes nothing; the
    /// others apply. A change that makes a record malformed applies: the record becomes invalid input.
    /// </summary>
    /// <returns>The changes applied and refused, and the transitions from the state before the call to the state after.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null or holds a null change.</exception>
    /// <exception cref="ObjectDisposedException">The register is disposed.</exception>
    public LiveResult ApplyAll(IEnumerable<LiveChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var list = changes.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(changes), $"Change {i + 1} of {list.Count} is null.");
            }
        }

        LiveResult result;
        ImmutableArray<IObserver<LiveResult>> observers;
        lock (_writer)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            result = Step(list);
            observers = _observers;
        }

        foreach (var observer in observers)
        {
            observer.OnNext(result);
        }

        return result;
    }

    /// <summary>
    /// Re-assesses every record under <paramref name="profile"/> (a policy change): the transitions are the ones the
    /// policy comparison reports between the current profile and <paramref name="profile"/> over the same records. The
    /// version is unchanged and nothing enters the change log: a log replays over a register loaded under the profile
    /// its changes were applied under.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    /// <exception cref="ObjectDisposedException">The register is disposed.</exception>
    public LiveResult ChangeProfile(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _engine.PrepareLevels(profile);
        LiveResult result;
        ImmutableArray<IObserver<LiveResult>> observers;
        lock (_writer)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            result = Reassess(profile);
            observers = _observers;
        }

        foreach (var observer in observers)
        {
            observer.OnNext(result);
        }

        return result;
    }

    /// <summary>The current assessment of the household with <paramref name="id"/>, or <c>null</c> when none is held.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public HouseholdAssessment? Household(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var read = Read();
        return _households.GetValueOrDefault(id);
    }

    /// <summary>The household's current record, or <c>null</c> when none is held.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Household? HouseholdRecord(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var read = Read();
        return _households.GetValueOrDefault(id)?.Record;
    }

    /// <summary>The current delisting assessment of the described village with <paramref name="code"/>, or <c>null</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public VillageAssessment? Village(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        using var read = Read();
        return _villages.TryGetValue(code, out var village) ? village.Assessment : null;
    }

    /// <summary>The current de-capping assessment of the described county with <paramref name="code"/>, or <c>null</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public CountyAssessment? County(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        using var read = Read();
        return _counties.TryGetValue(code, out var county) ? county.Assessment : null;
    }

    /// <summary>How many households, described villages and described counties have each status now.</summary>
    public LiveCounts Counts()
    {
        using var read = Read();
        return new LiveCounts(
            _version,
            ToDictionary<HouseholdStatus>(_householdCounts),
            ToDictionary<VillageStatus>(_villageCounts),
            ToDictionary<CountyStatus>(_countyCounts));
    }

    /// <summary>
    /// The whole state at this moment, consistent (between two calls that change it) and unaffected by later changes.
    /// Costs a copy of the household index: about 50 bytes and tens of nanoseconds a household.
    /// </summary>
    public LiveSnapshot Snapshot()
    {
        using var read = Read();
        var households = new Dictionary<string, HouseholdAssessment>(_households, StringComparer.Ordinal);

        var counties = new List<CountyResult>();
        foreach (var county in _counties.Values.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var described = county.Villages.Where(v => v.Descriptor is not null).OrderBy(v => v.Code, StringComparer.Ordinal)
                .Select(v => v.Assessment!).ToList();
            var undescribed = county.Villages.Where(v => v.Descriptor is null && v.Households > 0).OrderBy(v => v.Code, StringComparer.Ordinal)
                .Select(v => v.Tally.Build(v.Code)).ToList();
            if (county.Descriptor is null && described.Count == 0 && undescribed.Count == 0)
            {
                continue;
            }

            counties.Add(new CountyResult(county.Code, county.Assessment, described, undescribed, county.Assessment?.Households ?? county.Total.Build(county.Code)));
        }

        var unattributed = new TallyBuilder();
        unattributed.Add(_unattributed);
        unattributed.Add(_fixedUnattributed);
        var hierarchy = new HierarchyAssessment(
            counties,
            unattributed.Build(null),
            _repeated.Build(null),
            _rejectedVillages,
            _rejectedCounties,
            _households.Count + _keyless.Count + _fixedRead,
            _villages.Values.Count(v => v.Descriptor is not null) + _rejectedVillageRecords.Count,
            _counties.Values.Count(c => c.Descriptor is not null) + _rejectedCountyRecords.Count);
        return new LiveSnapshot(_version, _profile, households, hierarchy);
    }

    /// <summary>
    /// Subscribes <paramref name="observer"/> to every later call's result (<see cref="LiveResult"/>), on the writer's
    /// thread in order; <see cref="IObserver{T}.OnCompleted"/> when the register is disposed. An observer that throws
    /// makes the call that notified it throw, after the change was applied.
    /// </summary>
    /// <returns>Disposing it ends the subscription.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
    public IDisposable Subscribe(IObserver<LiveResult> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ImmutableInterlocked.Update(ref _observers, (list, o) => list.Add(o), observer);
        return new Subscription(this, observer);
    }

    /// <summary>Completes every subscription; later changes throw <see cref="ObjectDisposedException"/>, reads still answer.</summary>
    public void Dispose()
    {
        ImmutableArray<IObserver<LiveResult>> observers;
        lock (_writer)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            observers = ImmutableInterlocked.InterlockedExchange(ref _observers, []);
        }

        foreach (var observer in observers)
        {
            observer.OnCompleted();
        }
    }

    private static IReadOnlyDictionary<TStatus, int> ToDictionary<TStatus>(int[] counts)
        where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>().Where(s => counts[Convert.ToInt32(s, System.Globalization.CultureInfo.InvariantCulture)] > 0)
            .ToImmutableSortedDictionary(s => s, s => counts[Convert.ToInt32(s, System.Globalization.CultureInfo.InvariantCulture)]);

    private ReadLock Read()
    {
        _lock.EnterReadLock();
        return new ReadLock(_lock);
    }

    private readonly struct ReadLock(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitReadLock();
    }

    private sealed class Subscription(LiveRegister register, IObserver<LiveResult> observer) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref register._observers, (list, o) => list.Remove(o), observer);
    }
}
