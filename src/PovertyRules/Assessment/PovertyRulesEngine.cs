using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// Assesses households with the household-exit and exclusion rule sets, and villages and counties with theirs. Create
/// one per process: construction compiles the household rules (about a tenth of a second); every method is
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var engine = new PovertyRulesEngine();
/// var result = engine.Assess(household, PolicyProfiles.National(2016));
/// Console.WriteLine(result.Status);
/// </code>
/// </example>
public sealed partial class PovertyRulesEngine
{
    private readonly LevelRuleSet<HouseholdFact> _householdRules;
    private readonly IReadOnlyList<PackRuleSet> _packs;
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment>> _households = [];
    private readonly ILogger _logger;

    /// <summary>Compiles the household and exclusion rule sets; bulk runs do not log.</summary>
    public PovertyRulesEngine()
        : this(NullLogger.Instance, static _ => { })
    {
    }

    /// <summary>
    /// Compiles the household and exclusion rule sets; bulk runs log to <paramref name="logger"/>: their start (receipt
    /// and options) and one line at their end (outcome, counts by status, invalid records by field, timings, receipt).
    /// No log line holds a record's values: no name, ID number or household id.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    public PovertyRulesEngine(ILogger logger)
        : this(logger, static _ => { })
    {
    }

    /// <summary>Compiles the household and exclusion rule sets and the rule packs <paramref name="configure"/> adds; bulk runs do not log.</summary>
    /// <param name="configure">Adds rule packs, e.g. <c>o => o.AddRules(typeof(GuangxiPack).Assembly)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException">A pack assembly is not usable (see the overload with a logger).</exception>
    public PovertyRulesEngine(Action<EngineOptions> configure)
        : this(NullLogger.Instance, configure)
    {
    }

    /// <summary>
    /// Compiles the household and exclusion rule sets and the rule packs <paramref name="configure"/> adds; bulk runs
    /// log to <paramref name="logger"/> as with <see cref="PovertyRulesEngine(ILogger)"/>.
    /// </summary>
    /// <param name="logger">Where bulk runs log.</param>
    /// <param name="configure">Adds rule packs, e.g. <c>o => o.AddRules(typeof(GuangxiPack).Assembly)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A pack assembly is not usable: it holds no pack, a rule id collides with another rule of the engine (national or
    /// another pack's), a rule judges no declared criterion or a criterion has no rule. The message names them.
    /// </exception>
    public PovertyRulesEngine(ILogger logger, Action<EngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configure);
        _logger = logger;
        var options = new EngineOptions();
        configure(options);
        _householdRules = new LevelRuleSet<HouseholdFact>(HouseholdCriteria.Catalog);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in HouseholdCriteria.Catalog.All.Select(c => c.Id)
            .Concat(PovertyRules.Rules.Village.VillageCriteria.Catalog.All.Select(c => c.Id))
            .Concat(PovertyRules.Rules.County.CountyCriteria.Catalog.All.Select(c => c.Id))
            .Concat(PovertyRules.Rules.DataQuality.DataQualityCriteria.Catalog.All.Select(c => c.Id)))
        {
            taken[id] = "a national rule";
        }

        _packs = [.. options.RulePacks.Select(assembly => PackRuleSet.Load(assembly, taken))];
        Rules = [.. _householdRules.Rules, .. _packs.SelectMany(p => p.Rules)];
        RuleSetVersion = _packs.Count == 0 ? _householdRules.Version : ReceiptFactory.RuleSetVersion(Rules);
    }

    /// <summary>The compiled household rules (national, then the rule packs') with their ids, clauses and tags.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The library version and a hash of the household rules' ids and clauses (the packs' included); every receipt carries it.</summary>
    public string RuleSetVersion { get; }

    /// <summary>
    /// The household criteria's ids in report order (national, then the packs'), each with whether it applies under
    /// <paramref name="profile"/>; a pack's report-only criteria are left out, as they have no say in a status.
    /// </summary>
    internal IReadOnlyList<(string Id, bool Applies)> HouseholdCriteriaUnder(PolicyProfile profile)
    {
        var mask = HouseholdCriteria.Catalog.ApplicableUnder(profile);
        return
        [
            .. HouseholdCriteria.All.Select(c => (c.Id, (mask & (1 << c.Index)) != 0)),
            .. _packs.SelectMany(set => set.Packs).SelectMany(pack => pack.AllCriteria
                .Where(c => c.Role == PovertyRules.Rules.Packs.PackCriterionRole.ExitCriterion)
                .Select(c => (c.Id, profile.Packs.ContainsKey(pack.Section)))),
        ];
    }

    /// <summary>Assesses one household under <paramref name="profile"/>.</summary>
    /// <returns>
    /// The assessment; a malformed record gives status <see cref="HouseholdStatus.InvalidInput"/> with the fields and
    /// reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public HouseholdAssessment Assess(HouseholdRecord household, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(household);
        return Households(profile).AssessOne(household);
    }

    /// <summary>
    /// Assesses a stream of households under <paramref name="profile"/>, in input order, evaluating batches in
    /// parallel with at most <see cref="BulkOptions.MaxRecordsInFlight"/> households read and not yet returned: the
    /// records held do not grow with the input or the parallelism (only the ids' hashes do, below).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every record gives exactly one assessment: a null or malformed record becomes an invalid-input assessment and
    /// never stops the run. Households are read lazily as results are consumed.
    /// </para>
    /// <para>
    /// A household id (户编号) repeated in the run: the first record with it is assessed, every later one becomes an
    /// invalid-input assessment whose error (field <c>Id</c>) names the first record's position (1-based), whatever
    /// the parallelism. Ids are remembered as 64-bit hashes, about 28 bytes per distinct household.
    /// </para>
    /// <para>
    /// If <paramref name="households"/> throws while being read, every household read before it (those in flight in
    /// batches included) is assessed and returned first; then a <see cref="BulkSourceException"/> carrying the counts,
    /// with the source's exception as its inner exception, ends the enumeration. An
    /// <see cref="OperationCanceledException"/> from the source is not wrapped.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option of <paramref name="options"/> is out of its range (the message names it and the range).</exception>
    /// <exception cref="BulkSourceException">Raised while enumerating: the source threw after the counts it carries.</exception>
    /// <exception cref="BulkCanceledException">Raised while enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<HouseholdAssessment> AssessMany(
        IEnumerable<HouseholdRecord?> households, PolicyProfile profile, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        var pipeline = Households(profile);
        options ??= new BulkOptions();
        options.Validate();
        return Stream(households, pipeline, options, new DuplicateIds().CheckAll, ReceiptFor(profile), _logger, observed: true, cancellationToken);
    }

    /// <summary>
    /// As <see cref="AssessMany"/>, with the repeats decided by the caller: <paramref name="repeats"/> is called
    /// once per batch, in input order, and gives for each record the position of an earlier record with its id or
    /// <see cref="DuplicateIds.None"/> (a comparison decides once per record for both of its profiles).
    /// </summary>
    internal IEnumerable<HouseholdAssessment> AssessManyWith(
        IEnumerable<HouseholdRecord?> households, PolicyProfile profile, BulkOptions options, RepeatCheck repeats, CancellationToken cancellationToken)
    {
        var pipeline = Households(profile);
        options.Validate();
        // A comparison's runs are parts of one operation of its own: they are not logged, counted or traced as bulk runs.
        return Stream(households, pipeline, options, repeats, ReceiptFor(profile), NullLogger.Instance, observed: false, cancellationToken);
    }

    /// <summary>The household receipt for <paramref name="profile"/>: what every household assessment under it carries.</summary>
    internal Receipt ReceiptFor(PolicyProfile profile) => new(profile.Id, ReceiptFactory.ParameterHash(profile), RuleSetVersion);

    private static IEnumerable<HouseholdAssessment> Stream(
        IEnumerable<HouseholdRecord?> households,
        AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> pipeline,
        BulkOptions options,
        RepeatCheck repeatsOf,
        Receipt receipt,
        ILogger logger,
        bool observed,
        CancellationToken cancellationToken)
    {
        // Records read and not yet returned: the queued batches plus the one being filled or returned, so at most
        // Window × BatchSize ≤ MaxRecordsInFlight. Repeats are decided here, on the reading thread and in input
        // order, so they never depend on the scheduling of the batches.
        var inFlight = new Queue<Task<Batch>>();
        var window = options.Window;
        using var run = new BulkRun(logger, receipt, options, "AssessMany", observed);
        Exception? failure = null;
        var source = SourceReader.Open(households, ref failure);
        try
        {
            while (failure is null && source is not null && !cancellationToken.IsCancellationRequested)
            {
                if (inFlight.Count >= window)
                {
                    foreach (var result in run.Take(inFlight.Dequeue()))
                    {
                        yield return result;
                    }

                    continue;
                }

                var batch = new HouseholdRecord?[options.BatchSize];
                var count = SourceReader.Fill(source, batch, ref failure);
                if (count == 0)
                {
                    break;
                }

                run.Read += count;
                if (count < batch.Length)
                {
                    Array.Resize(ref batch, count);
                }

                var repeats = new long[count];
                repeatsOf(batch, repeats);

                inFlight.Enqueue(options.MaxDegreeOfParallelism == 1
                    ? Task.FromResult(Evaluate(batch, repeats, pipeline, observed))
                    : Task.Run(() => Evaluate(batch, repeats, pipeline, observed), cancellationToken));
                if (count < options.BatchSize)
                {
                    break;
                }
            }

            while (inFlight.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                foreach (var result in run.Take(inFlight.Dequeue()))
                {
                    yield return result;
                }
            }

            if (cancellationToken.IsCancellationRequested)
            {
                throw Canceled(run, inFlight, cancellationToken);
            }

            if (failure is not null)
            {
                throw SourceFailed(run, failure);
            }

            run.Completed();
        }
        finally
        {
            // A consumer that stops early leaves no batch running behind it.
            WaitAll(inFlight);
            source?.Dispose();
        }
    }

    /// <summary>Waits for the batches still queued (a cancelled one that never started included) and says how many records they assessed.</summary>
    private static long WaitAll(IEnumerable<Task<Batch>> batches)
    {
        long assessed = 0;
        foreach (var task in batches)
        {
            assessed += BulkRun.Await(task)?.Results.Length ?? 0;
        }

        return assessed;
    }

    /// <summary>The run's end when its source threw: every record read was assessed and returned first.</summary>
    private static BulkSourceException SourceFailed(BulkRun run, Exception failure)
    {
        run.SourceFailed(failure);
        return new BulkSourceException(
            $"The household source failed after {run.Read:N0} records; every one of them was assessed and returned ({run.Returned:N0} results) before this exception. The source's exception is the inner exception.",
            run.Read,
            run.Read,
            run.Returned,
            failure);
    }

    private static BulkCanceledException Canceled(BulkRun run, Queue<Task<Batch>> inFlight, CancellationToken cancellationToken)
    {
        var assessed = run.Returned + WaitAll(inFlight);
        inFlight.Clear();
        run.Canceled(assessed);
        return new BulkCanceledException(
            $"The bulk run was cancelled after {run.Read:N0} records read: {assessed:N0} assessed, {run.Read - assessed:N0} read but not assessed, {run.Returned:N0} results returned, each of them complete.",
            run.Read,
            assessed,
            run.Returned,
            cancellationToken);
    }

    private static Batch Evaluate(
        HouseholdRecord?[] batch, long[] repeats, AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> pipeline, bool observed)
    {
        var results = new HouseholdAssessment[batch.Length];
        pipeline.Assess(batch, results);
        for (var i = 0; i < batch.Length; i++)
        {
            if (repeats[i] != DuplicateIds.None)
            {
                // The repeat is rejected for being one; its own problems, if any, are listed after.
                results[i] = pipeline.Invalid(batch[i], [DuplicateIds.Error(batch[i]!.Id, repeats[i]), .. results[i].Errors]);
            }
        }

        return new Batch(results, BulkTally.Of(results, observed));
    }

    private AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> Households(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _households.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            var parameters = new HouseholdParameters(p);
            var receipt = ReceiptFor(p);
            var ages = HouseholdValidator.Limits(p.AgeReferenceDate.Value);
            var packs = PacksUnder(p);
            return new AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment>(
                _householdRules,
                household => HouseholdValidator.Validate(household, ages),
                household => new HouseholdFact(household!, parameters),
                (_, fact) => new HouseholdAssessment(fact, receipt),
                (household, errors) => HouseholdAssessment.Invalid(household, errors, receipt),
                packs.Applicable.Count == 0 ? null : packs.Fire);
        });
    }

    /// <summary>The rule packs under <paramref name="profile"/>, their parameters read from its sections.</summary>
    /// <exception cref="ArgumentException">A pack's figure is missing or out of range (the message names its path).</exception>
    private HouseholdPacks PacksUnder(PolicyProfile profile)
    {
        try
        {
            return new HouseholdPacks(_packs, profile);
        }
        catch (ProfileFormatException e)
        {
            throw new ArgumentException($"Profile '{profile.Id}' is not usable with the engine's rule packs: {e.Message}", nameof(profile), e);
        }
    }
}
