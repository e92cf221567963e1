using PovertyRules.Assessment;
using System.Collections.Immutable;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.Household;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Comparison;

/// <summary>
/// Answers "what happens if we change this?": evaluates a baseline and a changed profile over the same population in
/// one streaming pass and reports which records change outcome, between which outcomes, because of which criteria, and
/// where. Thread-safe; one instance can serve many comparisons.
/// </summary>
/// <remarks>
/// The population is read once, a chunk at a time; each chunk is assessed under both profiles and then released, so
/// memory depends on <see cref="ComparisonOptions.ChunkSize"/>, on how many counties there are and on the village and
/// county descriptors given; per household only its id's 64-bit hash is kept (about 28 bytes, to find repeated ids).
/// Only the first <see cref="ComparisonOptions.MaxChangedRecords"/> changed records of each level are kept by id.
/// </remarks>
/// <example>
/// <code>
/// var proposal = PolicyProfiles.National(2016).WithPovertyLine(2016, 4000m, "Proposal A", verified: false);
/// var report = new PolicyComparison(engine).Compare(households, PolicyProfiles.National(2016), proposal);
/// Console.WriteLine(report);                                     // the transitions and the criteria behind them
/// report.Households.Count(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor);
/// var levels = new PolicyComparison(engine).Compare(households, villages, counties, PolicyProfiles.National(2016), proposal);
/// levels.Villages!.Count(VillageStatus.MayDelist, VillageStatus.RemainsListed);   // villages rolled up under each profile
/// </code>
/// </example>
public sealed partial class PolicyComparison
{
    private readonly PovertyRulesEngine _engine;

    /// <summary>Creates a comparison that assesses with <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public PolicyComparison(PovertyRulesEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <summary>
    /// Assesses every household of <paramref name="population"/> under <paramref name="baseline"/> and under
    /// <paramref name="changed"/>, and reports the differences.
    /// </summary>
    /// <param name="population">The households, read once and lazily; a null or malformed record counts as invalid input.</param>
    /// <param name="baseline">The profile in force.</param>
    /// <param name="changed">The profile to compare with it.</param>
    /// <param name="options">Chunk size, cap on retained changed records and bulk options; defaults when null.</param>
    /// <returns>
    /// The impact report; its record counts equal the number of households read. A household id repeated in the
    /// population is one record: every later record with it is invalid input under both profiles (as in
    /// <see cref="PovertyRulesEngine.AssessMany"/>), so it shows as an unchanged invalid-input record, never as a
    /// second household.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile is not usable (the message lists every problem).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message gives the range).</exception>
    /// <exception cref="BulkSourceException">
    /// <paramref name="population"/> threw while being read: every household read before it was assessed under both
    /// profiles, and the exception carries how many (no partial report is given).
    /// </exception>
    /// <exception cref="BulkCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled: the comparison stopped within one batch and gives no partial
    /// report; the exception says how many households were read, and how many of them were compared.
    /// </exception>
    /// <param name="cancellationToken">Stops the comparison within one batch.</param>
    public ImpactReport Compare(
        IEnumerable<HouseholdRecord?> population, PolicyProfile baseline, PolicyProfile changed, ComparisonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        options = Checked(baseline, changed, options);
        return CompareHouseholds(population, baseline, changed, options, rollUps: null, cancellationToken);
    }

    private static ComparisonOptions Checked(PolicyProfile baseline, PolicyProfile changed, ComparisonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changed);
        options ??= new ComparisonOptions();
        options.Validate();
        ProfileValidator.EnsureValid(baseline);
        ProfileValidator.EnsureValid(changed);
        return options;
    }

    private ImpactReport CompareHouseholds(
        IEnumerable<HouseholdRecord?> population, PolicyProfile baseline, PolicyProfile changed, ComparisonOptions options, RollUpPair? rollUps, CancellationToken cancellationToken)
    {
        var baselineReceipt = Receipt(baseline);
        var changedReceipt = Receipt(changed);
        var households = new HouseholdTally(
            _engine.HouseholdCriteriaUnder(baseline), _engine.HouseholdCriteriaUnder(changed), options.MaxChangedRecords);
        var bulk = options.Bulk ?? new BulkOptions();
        var ids = new DuplicateIds();
        Exception? failure = null;
        long compared = 0;
        var source = SourceReader.Open(population, ref failure);
        try
        {
            while (source is not null && failure is null)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // The per-record loop stays out of this method: a long loop here would make the JIT replace this frame
                // on the stack mid-run, and the replaced frame would keep one chunk of households alive until the end.
                var count = AddChunk(source, options.ChunkSize, ids, baseline, changed, bulk, households, rollUps, cancellationToken, ref failure);
                compared += count;
                if (count < options.ChunkSize)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new BulkCanceledException(
                $"The comparison was cancelled after {ids.Checked:N0} households read, {compared:N0} of them compared under both profiles; no report is given: a report on part of the population would read like one on all of it.",
                ids.Checked,
                compared,
                0,
                cancellationToken);
        }
        finally
        {
            source?.Dispose();
        }

        if (failure is not null)
        {
            var read = ids.Checked;
            throw new BulkSourceException(
                $"The household source of the comparison failed after {read:N0} records; every one of them was assessed under both profiles, "
                + "but no report is given: a report on part of the population would read like one on all of it. The source's exception is the inner exception.",
                read,
                read,
                0,
                failure);
        }

        return new ImpactReport(
            baselineReceipt,
            changedReceipt,
            ProfileReport.Diff(baseline, changed),
            [households.Level.ToImpact(), .. rollUps?.Compare(_engine, options.MaxChangedRecords) ?? []],
            options.MaxChangedRecords);
    }

    // Reads one chunk (what was read before a failure included), assesses it under both profiles and tallies it.
    // Repeated ids are decided once per record, for the run, and given to both assessments alike.
    private int AddChunk(
        IEnumerator<HouseholdRecord?> source,
        int chunkSize,
        DuplicateIds ids,
        PolicyProfile baseline,
        PolicyProfile changed,
        BulkOptions bulk,
        HouseholdTally households,
        RollUpPair? rollUps,
        CancellationToken cancellationToken,
        ref Exception? failure)
    {
        var chunk = new HouseholdRecord?[chunkSize];
        var count = SourceReader.Fill(source, chunk, ref failure);
        if (count == 0)
        {
            return 0;
        }

        if (count < chunk.Length)
        {
            Array.Resize(ref chunk, count);
        }

        var repeats = new long[count];
        for (var i = 0; i < count; i++)
        {
            repeats[i] = ids.Check(chunk[i]);
        }

        var before = Assess(chunk, repeats, baseline, bulk, cancellationToken);
        var after = Assess(chunk, repeats, changed, bulk, cancellationToken);
        households.Add(before, after);
        rollUps?.Count(before, after);
        return count;
    }

    private HouseholdAssessment[] Assess(HouseholdRecord?[] chunk, long[] repeats, PolicyProfile profile, BulkOptions bulk, CancellationToken cancellationToken)
    {
        var results = new HouseholdAssessment[chunk.Length];
        var i = 0;
        var next = 0;
        foreach (var result in _engine.AssessManyWith(chunk, profile, bulk, (batch, firsts) => Take(repeats, ref next, firsts), cancellationToken))
        {
            results[i++] = result;
        }

        return results;
    }

    /// <summary>The repeats decided for the chunk, a batch at a time in order.</summary>
    private static void Take(long[] repeats, ref int next, Span<long> firsts)
    {
        repeats.AsSpan(next, firsts.Length).CopyTo(firsts);
        next += firsts.Length;
    }

    private Receipt Receipt(PolicyProfile profile) => _engine.ReceiptFor(profile);

    /// <summary>Tallies household pairs: status transition, the criteria whose verdict changed, and the county.</summary>
    /// <remarks>Both lists hold the engine's household criteria (national, then the packs') in the same order.</remarks>
    private sealed class HouseholdTally(
        IReadOnlyList<(string Id, bool Applies)> baselineCriteria, IReadOnlyList<(string Id, bool Applies)> changedCriteria, int maxChangedRecords)
    {
        public LevelTally Level { get; } = LevelTally.For<HouseholdStatus>(AssessmentLevel.Household, maxChangedRecords);

        public void Add(HouseholdAssessment[] before, HouseholdAssessment[] after)
        {
            for (var i = 0; i < before.Length; i++)
            {
                Add(before[i], after[i]);
            }
        }

        private void Add(HouseholdAssessment before, HouseholdAssessment after)
        {
            var id = before.HouseholdId ?? after.HouseholdId;
            var county = CountyOf(before.VillageCode);
            if (before.Status == after.Status)
            {
                Level.Add(id, county, (int)before.Status, (int)after.Status, before.MemberCount, null);
                return;
            }

            Level.Add(id, county, (int)before.Status, (int)after.Status, before.MemberCount, Changes(before, after));
        }

        private IReadOnlyList<CriterionChange> Changes(HouseholdAssessment before, HouseholdAssessment after)
        {
            if (before.Status == HouseholdStatus.InvalidInput || after.Status == HouseholdStatus.InvalidInput)
            {
                return [new CriterionChange(ImpactReport.InputCriterion, null, null)];
            }

            var changes = new List<CriterionChange>();
            var (failedBefore, unknownBefore) = (before.FailedCriteria, before.UnknownCriteria);
            var (failedAfter, unknownAfter) = (after.FailedCriteria, after.UnknownCriteria);
            for (var c = 0; c < baselineCriteria.Count; c++)
            {
                var id = baselineCriteria[c].Id;
                var from = CriterionChange.OutcomeOf(id, baselineCriteria[c].Applies, failedBefore, unknownBefore);
                var to = CriterionChange.OutcomeOf(id, changedCriteria[c].Applies, failedAfter, unknownAfter);
                // A criterion that passes on both sides (met, or not applicable) did not cause the transition.
                if (CriterionChange.Between(id, from, to) is { } change)
                {
                    changes.Add(change);
                }
            }

            return changes;
        }



        private static string CountyOf(string? villageCode) =>
            Model.AdministrativeCode.Check(villageCode, 12) is null ? villageCode![..6] : ImpactReport.UnknownCounty;
    }
}
