using PovertyRules.RollUp;
using PovertyRules.Assessment;
using System.Globalization;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Village;
using CountyRecord = PovertyRules.Model.County;
using HouseholdRecord = PovertyRules.Model.Household;
using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Comparison;

// Villages and counties: either rolled up from the households under each profile, as AssessHierarchy does, or taken
// with their recorded figures.
public sealed partial class PolicyComparison
{
    /// <summary>
    /// Assesses every household of <paramref name="population"/> under both profiles and, from the same single pass,
    /// rolls them up into <paramref name="villages"/> and <paramref name="counties"/> under each profile as
    /// <see cref="HierarchyRollUps.AssessHierarchy(PovertyRulesEngine, IEnumerable{HouseholdRecord}, IEnumerable{VillageRecord}, IEnumerable{CountyRecord}, PolicyProfile, BulkOptions, CancellationToken)"/>
    /// does, then compares the village and county outcomes too: the report has a household, a village and a county level.
    /// </summary>
    /// <param name="population">The households, read once and lazily; a null or malformed record counts as invalid input.</param>
    /// <param name="villages">The villages to compare (read before the households, and held: memory grows with them).</param>
    /// <param name="counties">The counties to compare (read before the households, and held).</param>
    /// <param name="baseline">The profile in force.</param>
    /// <param name="changed">The profile to compare with it.</param>
    /// <param name="options">Chunk size, cap on retained changed records and bulk options; defaults when null.</param>
    /// <returns>
    /// The impact report. A village's or county's remaining poor people are counted from its households under each
    /// profile, so a change of the household rules shows at every level. Every descriptor read is one record of its
    /// level (a null, malformed or duplicate one as invalid input under both profiles); a repeated household id is one
    /// household (the later records are invalid input and are not rolled up); a county with households but
    /// no descriptor is not a county record. Village and county records are in code order; their people are the
    /// recorded rural population.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile is not usable (the message lists every problem).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message gives the range).</exception>
    /// <exception cref="BulkSourceException">
    /// <paramref name="population"/> threw while being read: every household read before it was assessed under both
    /// profiles, and the exception carries how many (no partial report is given).
    /// </exception>
    /// <exception cref="BulkCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled: the comparison stopped within one batch and gives no partial report.
    /// </exception>
    /// <param name="cancellationToken">Stops the comparison within one batch.</param>
    public ImpactReport Compare(
        IEnumerable<HouseholdRecord?> population,
        IEnumerable<VillageRecord?> villages,
        IEnumerable<CountyRecord?> counties,
        PolicyProfile baseline,
        PolicyProfile changed,
        ComparisonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        options = Checked(baseline, changed, options);
        return CompareHouseholds(population, baseline, changed, options, new RollUpPair(villages, counties, baseline, changed), cancellationToken);
    }

    /// <summary>
    /// Assesses <paramref name="villages"/> and <paramref name="counties"/> from their recorded figures under both
    /// profiles and reports the differences: the report has a village and a county level, and no household level.
    /// </summary>
    /// <param name="villages">The villages, read once and lazily, a chunk at a time.</param>
    /// <param name="counties">The counties, read once and lazily, a chunk at a time.</param>
    /// <param name="baseline">The profile in force.</param>
    /// <param name="changed">The profile to compare with it.</param>
    /// <param name="options">Chunk size and cap on retained changed records; defaults when null.</param>
    /// <returns>
    /// The impact report; each level's record count equals the descriptors read, a null or malformed one counting as
    /// invalid input. Records are in input order; their people are the recorded rural population.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile is not usable (the message lists every problem).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message gives the range).</exception>
    public ImpactReport Compare(
        IEnumerable<VillageRecord?> villages, IEnumerable<CountyRecord?> counties, PolicyProfile baseline, PolicyProfile changed, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        options = Checked(baseline, changed, options);
        var tallies = new LevelTallies(options.MaxChangedRecords);
        foreach (var chunk in villages.Chunk(options.ChunkSize))
        {
            LevelInput<VillageRecord>[] inputs = [.. chunk.Select(v => new LevelInput<VillageRecord>(v))];
            tallies.Add(_engine.AssessVillages(inputs, baseline), _engine.AssessVillages(inputs, changed));
        }

        foreach (var chunk in counties.Chunk(options.ChunkSize))
        {
            LevelInput<CountyRecord>[] inputs = [.. chunk.Select(c => new LevelInput<CountyRecord>(c))];
            tallies.Add(_engine.AssessCounties(inputs, baseline), _engine.AssessCounties(inputs, changed));
        }

        return new ImpactReport(
            Receipt(baseline), Receipt(changed), ProfileReport.Diff(baseline, changed), tallies.ToImpacts(), options.MaxChangedRecords);
    }

    // Both sides read the same descriptors and the same households' codes, so their results pair up one to one.
    private static void Paired(string? before, string? after)
    {
        if (before != after)
        {
            throw new InvalidOperationException($"The assessments under the two profiles do not pair up: '{before}' against '{after}'.");
        }
    }

    /// <summary>
    /// The household → village → county roll-up under each profile, fed with the comparison's own household pass: each
    /// chunk's assessments go to both, and nothing of a household is kept.
    /// </summary>
    private sealed class RollUpPair
    {
        private readonly HierarchyRollUp _baseline;
        private readonly HierarchyRollUp _changed;
        private readonly PolicyProfile _baselineProfile;
        private readonly PolicyProfile _changedProfile;

        public RollUpPair(IEnumerable<VillageRecord?> villages, IEnumerable<CountyRecord?> counties, PolicyProfile baseline, PolicyProfile changed)
        {
            // Read once, held for both roll-ups: a lazy descriptor stream must not be enumerated twice.
            List<VillageRecord?> villageList = [.. villages];
            List<CountyRecord?> countyList = [.. counties];
            _baseline = new HierarchyRollUp(villageList, countyList);
            _changed = new HierarchyRollUp(villageList, countyList);
            _baselineProfile = baseline;
            _changedProfile = changed;
        }

        public void Count(HouseholdAssessment[] before, HouseholdAssessment[] after)
        {
            _baseline.Count(before, expected: null);
            _changed.Count(after, expected: null);
        }

        public IReadOnlyList<LevelImpact> Compare(PovertyRulesEngine engine, int maxChangedRecords)
        {
            var before = _baseline.Assess(engine, _baselineProfile);
            var after = _changed.Assess(engine, _changedProfile);
            var tallies = new LevelTallies(maxChangedRecords);
            for (var i = 0; i < before.Counties.Count; i++)
            {
                var (from, to) = (before.Counties[i], after.Counties[i]);
                Paired(from.Code, to.Code);
                tallies.Add([.. from.Villages], [.. to.Villages]);
                if (from.Assessment is { } countyBefore && to.Assessment is { } countyAfter)
                {
                    tallies.Add([countyBefore], [countyAfter]);
                }
            }

            tallies.Add([.. before.RejectedVillages], [.. after.RejectedVillages]);
            tallies.Add([.. before.RejectedCounties], [.. after.RejectedCounties]);
            return tallies.ToImpacts();
        }
    }

    /// <summary>Tallies village and county pairs: status transition, the criteria whose verdict changed, and the county.</summary>
    private sealed class LevelTallies(int maxChangedRecords)
    {
        private static readonly string[] VillageCriterionIds = [.. VillageCriteria.Catalog.All.Select(c => c.Id)];
        private static readonly string[] CountyCriterionIds = [.. CountyCriteria.Catalog.All.Select(c => c.Id)];

        private readonly LevelTally _villages = LevelTally.For<VillageStatus>(AssessmentLevel.Village, maxChangedRecords);
        private readonly LevelTally _counties = LevelTally.For<CountyStatus>(AssessmentLevel.County, maxChangedRecords);

        public void Add(VillageAssessment[] before, VillageAssessment[] after) =>
            Add<VillageAssessment, VillageStatus>(_villages, before, after, 12, VillageCriterionIds, static v => v.Village?.RuralPopulation);

        public void Add(CountyAssessment[] before, CountyAssessment[] after) =>
            Add<CountyAssessment, CountyStatus>(_counties, before, after, 6, CountyCriterionIds, static c => c.County?.RuralPopulation);

        public IReadOnlyList<LevelImpact> ToImpacts() => [_villages.ToImpact(), _counties.ToImpact()];

        private static void Add<TAssessment, TStatus>(
            LevelTally tally, TAssessment[] before, TAssessment[] after, int codeDigits, string[] criterionIds, Func<TAssessment, int?> population)
            where TAssessment : LevelAssessment<TStatus>
            where TStatus : struct, Enum
        {
            for (var i = 0; i < before.Length; i++)
            {
                var (from, to) = (before[i], after[i]);
                Paired(from.Code, to.Code);
                var (fromStatus, toStatus) = (Convert.ToInt32(from.Status, CultureInfo.InvariantCulture), Convert.ToInt32(to.Status, CultureInfo.InvariantCulture));
                tally.Add(
                    from.Code,
                    CountyOf(from.Code, codeDigits),
                    fromStatus,
                    toStatus,
                    population(from) is > 0 and var people ? people : 0,
                    fromStatus == toStatus ? null : Changes(from.IsInvalidInput || to.IsInvalidInput, from.Findings, to.Findings, criterionIds));
            }
        }

        private static string CountyOf(string? code, int digits) =>
            AdministrativeCode.Check(code, digits) is null ? code![..6] : ImpactReport.UnknownCounty;

        private static IReadOnlyList<CriterionChange> Changes(bool invalid, IReadOnlyList<Finding> before, IReadOnlyList<Finding> after, string[] criteria)
        {
            if (invalid)
            {
                return [new CriterionChange(ImpactReport.InputCriterion, null, null)];
            }

            var changes = new List<CriterionChange>();
            foreach (var id in criteria)
            {
                var from = OutcomeOf(before, id);
                var to = OutcomeOf(after, id);
                // As for households: a criterion that passes on both sides (met, or not applicable) did not cause the transition.
                if (CriterionChange.Between(id, from, to) is { } change)
                {
                    changes.Add(change);
                }
            }

            return changes;
        }

        // A criterion the profile does not apply has no finding.
        private static Outcome? OutcomeOf(IReadOnlyList<Finding> findings, string id) => findings.FirstOrDefault(f => f.RuleId == id)?.Outcome;

    }
}
