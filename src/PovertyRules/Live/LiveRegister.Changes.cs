using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Live;

// Loading, applying a step of changes and re-assessing under another profile. Every method here runs on the writer:
// it reads the state freely (no one else changes it) and takes the write lock only to change it.
public sealed partial class LiveRegister
{
    private void LoadDescriptors(IEnumerable<Village?> villages, IEnumerable<County?> counties)
    {
        foreach (var county in counties)
        {
            if (county is null || AdministrativeCode.Check(county.Code, 6) is not null)
            {
                _rejectedCountyRecords.Add((county, null));
            }
            else if (CountyFor(county.Code) is { Descriptor: null } state)
            {
                state.Descriptor = county;
            }
            else
            {
                _rejectedCountyRecords.Add((county, Duplicate("county", county.Code)));
            }
        }

        foreach (var village in villages)
        {
            if (village is null || AdministrativeCode.Check(village.Code, 12) is not null)
            {
                _rejectedVillageRecords.Add((village, null));
            }
            else if (VillageFor(village.Code) is { Descriptor: null } state)
            {
                state.Descriptor = village;
            }
            else
            {
                _rejectedVillageRecords.Add((village, Duplicate("village", village.Code)));
            }
        }
    }

    private void LoadHouseholds(IEnumerable<Household?> households, BulkOptions? options)
    {
        // The engine reads the source on this thread, in order, and returns the assessments in the same order.
        var read = new Queue<Household?>();
        IEnumerable<Household?> Tap()
        {
            foreach (var household in households)
            {
                read.Enqueue(household);
                yield return household;
            }
        }

        foreach (var full in _engine.AssessMany(Tap(), _profile, options))
        {
            var assessment = full.Compact();
            var record = read.Dequeue();
            if (record is null)
            {
                _fixedUnattributed.Add(assessment.Status, assessment.MemberCount);
                _fixedRead++;
            }
            else if (string.IsNullOrEmpty(record.Id))
            {
                _keyless.Add(assessment);
                Place(assessment);
            }
            else if (_households.ContainsKey(record.Id))
            {
                _repeated.Add(assessment.Status, assessment.MemberCount);
                _fixedRead++;
            }
            else
            {
                _households.Add(record.Id, assessment);
                Place(assessment);
            }
        }
    }

    /// <summary>Assesses every described village, then every described county, and the rejected descriptors.</summary>
    private void AssessAllLevels()
    {
        AssessVillages([.. _villages.Values.Where(v => v.Descriptor is not null).OrderBy(v => v.Code, StringComparer.Ordinal)], transitions: null);
        AssessCounties([.. _counties.Values.Where(c => c.Descriptor is not null).OrderBy(c => c.Code, StringComparer.Ordinal)], transitions: null);
        _rejectedVillages = [.. _engine.AssessVillages([.. _rejectedVillageRecords.Select(r => new LevelInput<Village>(r.Village))], _profile)
            .Select((a, i) => _rejectedVillageRecords[i].Duplicate is { } duplicate ? VillageAssessment.Invalid(a.Village, [duplicate, .. a.Errors], a.Receipt, null) : a)];
        _rejectedCounties = [.. _engine.AssessCounties([.. _rejectedCountyRecords.Select(r => new LevelInput<County>(r.County))], _profile)
            .Select((a, i) => _rejectedCountyRecords[i].Duplicate is { } duplicate ? CountyAssessment.Invalid(a.County, [duplicate, .. a.Errors], a.Receipt, null) : a)];
    }

    private LiveResult Step(List<LiveChange> changes)
    {
        var next = new Dictionary<string, Household?>(StringComparer.Ordinal);
        var villages = new Dictionary<string, Village>(StringComparer.Ordinal);
        var counties = new Dictionary<string, County>(StringComparer.Ordinal);
        var applied = new List<AppliedChange>(changes.Count);
        var refused = new List<RefusedChange>();
        var sequence = _version;

        Household? Current(string id) =>
            next.TryGetValue(id, out var pending) ? pending : _households.TryGetValue(id, out var held) ? held.Record : null;

        County? CurrentCounty(string code) =>
            counties.TryGetValue(code, out var pending) ? pending : _counties.TryGetValue(code, out var state) ? state.Descriptor : null;

        string? Held(string? id, out Household? household)
        {
            household = null;
            if (string.IsNullOrEmpty(id))
            {
                return "the change names no household id (户编号)";
            }

            household = Current(id);
            return household is null ? $"no household '{id}' is held" : null;
        }

        foreach (var change in changes)
        {
            string? reason;
            Household? current;
            switch (change)
            {
                case AddHousehold { Household: var household }:
                    reason = household is null ? "the change carries no household record"
                        : string.IsNullOrEmpty(household.Id) ? "the household has no id (户编号): a live register holds households by id"
                        : Current(household.Id) is not null ? $"household '{household.Id}' is already held; update it instead"
                        : null;
                    if (reason is null)
                    {
                        next[household!.Id] = household;
                    }

                    break;
                case UpdateHousehold { Household: var household }:
                    reason = household is null ? "the change carries no household record" : Held(household.Id, out _);
                    if (reason is null)
                    {
                        next[household!.Id] = household;
                    }

                    break;
                case RemoveHousehold remove:
                    reason = Held(remove.HouseholdId, out _);
                    if (reason is null)
                    {
                        next[remove.HouseholdId] = null;
                    }

                    break;
                case SetMember set:
                    reason = Held(set.HouseholdId, out current);
                    if (reason is null)
                    {
                        var members = current!.Members ?? [];
                        if (set.Member is null)
                        {
                            reason = "the change carries no member record";
                        }
                        else if (set.Position < 0 || set.Position > members.Count)
                        {
                            reason = $"household '{set.HouseholdId}' has {members.Count} member(s): a member is set at positions 0 to {members.Count}, not {set.Position}";
                        }
                        else
                        {
                            var list = members.ToList();
                            if (set.Position == list.Count)
                            {
                                list.Add(set.Member);
                            }
                            else
                            {
                                list[set.Position] = set.Member;
                            }

                            next[set.HouseholdId] = current with { Members = list };
                        }
                    }

                    break;
                case RemoveMember remove:
                    reason = Held(remove.HouseholdId, out current);
                    if (reason is null)
                    {
                        var members = current!.Members ?? [];
                        if (remove.Position < 0 || remove.Position >= members.Count)
                        {
                            reason = $"household '{remove.HouseholdId}' has {members.Count} member(s): no member at position {remove.Position}";
                        }
                        else
                        {
                            next[remove.HouseholdId] = current with { Members = [.. members.Where((_, i) => i != remove.Position)] };
                        }
                    }

                    break;
                case RecordExitProcedure record:
                    reason = Held(record.HouseholdId, out current);
                    if (reason is null)
                    {
                        next[record.HouseholdId] = current! with { ExitProcedure = record.Procedure };
                    }

                    break;
                case CorrectVillage { Village: var village }:
                    reason = village is null ? "the change carries no village record"
                        : AdministrativeCode.Check(village.Code, 12) is { } malformed ? $"village code '{village.Code}' is malformed: {malformed}"
                        : null;
                    if (reason is null)
                    {
                        villages[village!.Code] = village;
                    }

                    break;
                case CorrectCounty { County: var county }:
                    reason = county is null ? "the change carries no county record"
                        : AdministrativeCode.Check(county.Code, 6) is { } badCode ? $"county code '{county.Code}' is malformed: {badCode}"
                        : null;
                    if (reason is null)
                    {
                        counties[county!.Code] = county;
                    }

                    break;
                case RecordThirdPartySample sample:
                    var described = sample.CountyCode is null ? null : CurrentCounty(sample.CountyCode);
                    reason = described is null ? $"no county '{sample.CountyCode}' is described" : null;
                    if (described is not null)
                    {
                        counties[sample.CountyCode!] = described with { Evaluation = sample.Sample };
                    }

                    break;
                default:
                    reason = $"a change of kind {change.Kind} is not known to this register";
                    break;
            }

            if (reason is null)
            {
                applied.Add(new AppliedChange(++sequence, _time.GetUtcNow(), change));
            }
            else
            {
                refused.Add(new RefusedChange(change, reason));
            }
        }

        if (applied.Count == 0)
        {
            return new LiveResult(_version, [], refused, [], [], []);
        }

        // The households touched are assessed before the state is locked: readers meanwhile see the state before the step.
        var ids = next.Keys.ToArray();
        var records = ids.Select(id => next[id]).Where(r => r is not null).ToArray();
        var assessed = records.Length == 0 ? [] : _engine.AssessHouseholds(records, _profile);

        var householdTransitions = new List<LiveTransition>();
        var villageTransitions = new List<LiveTransition>();
        var countyTransitions = new List<LiveTransition>();
        _lock.EnterWriteLock();
        try
        {
            var dirty = new HashSet<VillageState>();
            var k = 0;
            foreach (var id in ids)
            {
                var record = next[id];
                _households.TryGetValue(id, out var before);
                var after = record is null ? null : assessed[k++].Compact();
                if (before is null && after is null)
                {
                    // Added and removed within the step.
                    continue;
                }

                var placeBefore = before is null ? null : Unplace(before);
                VillageState? placeAfter = null;
                if (after is null)
                {
                    _households.Remove(id);
                }
                else
                {
                    _households[id] = after;
                    placeAfter = Place(after);
                }

                // A household whose counts did not move leaves its village (and county) judged on the same figures.
                var moved = before is null || after is null || placeBefore != placeAfter
                    || before.Status != after.Status || before.MemberCount != after.MemberCount;
                if (moved && placeBefore is not null)
                {
                    dirty.Add(placeBefore);
                }

                if (moved && placeAfter is not null)
                {
                    dirty.Add(placeAfter);
                }

                if (Transition(before, after, _criteria, _criteria) is { } transition)
                {
                    householdTransitions.Add(transition);
                }
            }

            foreach (var (code, village) in villages)
            {
                var state = VillageFor(code);
                state.Descriptor = village;
                dirty.Add(state);
            }

            var dirtyCounties = new HashSet<CountyState>(dirty.Select(v => v.County));
            dirtyCounties.UnionWith(AssessVillages([.. dirty.Where(v => v.Descriptor is not null).OrderBy(v => v.Code, StringComparer.Ordinal)], villageTransitions));
            foreach (var (code, county) in counties)
            {
                var state = CountyFor(code);
                state.Descriptor = county;
                dirtyCounties.Add(state);
            }

            AssessCounties([.. dirtyCounties.Where(c => c.Descriptor is not null).OrderBy(c => c.Code, StringComparer.Ordinal)], countyTransitions);
            Volatile.Write(ref _version, sequence);
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        householdTransitions.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LiveResult(sequence, applied, refused, householdTransitions, villageTransitions, countyTransitions);
    }

    private LiveResult Reassess(PolicyProfile profile)
    {
        var ids = _households.Keys.ToArray();
        var entries = _households.Values.Concat(_keyless).ToArray();
        var assessed = new HouseholdAssessment[entries.Length];
        var i = 0;
        foreach (var assessment in _engine.AssessManyWith(entries.Select(e => e.Record), profile, new BulkOptions(), static (_, firsts) => firsts.Fill(DuplicateIds.None), CancellationToken.None))
        {
            assessed[i++] = assessment.Compact();
        }

        var householdTransitions = new List<LiveTransition>();
        var villageTransitions = new List<LiveTransition>();
        var countyTransitions = new List<LiveTransition>();
        _lock.EnterWriteLock();
        try
        {
            var criteria = _engine.HouseholdCriteriaUnder(profile);
            var villagesBefore = _villages.Values.Where(v => v.Assessment is not null).ToDictionary(v => v, v => v.Assessment!);
            var countiesBefore = _counties.Values.Where(c => c.Assessment is not null).ToDictionary(c => c, c => c.Assessment!);
            _unattributed.Clear();
            Array.Clear(_householdCounts);
            Array.Clear(_villageCounts);
            Array.Clear(_countyCounts);
            foreach (var village in _villages.Values)
            {
                village.Tally.Clear();
                village.Households = 0;
                village.Assessment = null;
            }

            foreach (var county in _counties.Values)
            {
                county.Total.Clear();
                county.ListedRemaining = 0;
                county.Assessment = null;
            }

            for (var e = 0; e < entries.Length; e++)
            {
                // The held households first, in the index's order, then the keyless ones.
                if (e < ids.Length)
                {
                    _households[ids[e]] = assessed[e];
                }
                else
                {
                    _keyless[e - ids.Length] = assessed[e];
                }

                Place(assessed[e]);
                if (e < ids.Length && Transition(entries[e], assessed[e], _criteria, criteria) is { } transition)
                {
                    householdTransitions.Add(transition);
                }
            }

            _profile = profile;
            _criteria = criteria;
            AssessAllLevels();
            foreach (var village in _villages.Values.Where(v => v.Assessment is not null).OrderBy(v => v.Code, StringComparer.Ordinal))
            {
                if (LevelTransition(AssessmentLevel.Village, village.Code, villagesBefore.GetValueOrDefault(village), village.Assessment!, VillageCriterionIds) is { } transition)
                {
                    villageTransitions.Add(transition);
                }
            }

            foreach (var county in _counties.Values.Where(c => c.Assessment is not null).OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                if (LevelTransition(AssessmentLevel.County, county.Code, countiesBefore.GetValueOrDefault(county), county.Assessment!, CountyCriterionIds) is { } transition)
                {
                    countyTransitions.Add(transition);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        householdTransitions.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LiveResult(_version, [], [], householdTransitions, villageTransitions, countyTransitions);
    }

    /// <summary>Re-assesses <paramref name="villages"/> (described, in code order) from their counts; gives the counties whose listed villages moved.</summary>
    private HashSet<CountyState> AssessVillages(List<VillageState> villages, List<LiveTransition>? transitions)
    {
        var inputs = villages.Select(v => new LevelInput<Village>(
            v.Descriptor! with { RemainingPoorPeople = v.Tally.RemainingPoorPeople }, v.Tally.UnassessedHouseholds, v.Tally.Build(v.Code))).ToList();
        var results = _engine.AssessVillages(inputs, _profile);
        var moved = new HashSet<CountyState>();
        for (var i = 0; i < villages.Count; i++)
        {
            var village = villages[i];
            var before = village.Assessment;
            if (before is not null)
            {
                _villageCounts[(int)before.Status]--;
                village.County.ListedRemaining -= before.Status == VillageStatus.MayDelist ? 0 : 1;
            }

            village.Assessment = results[i];
            _villageCounts[(int)results[i].Status]++;
            village.County.ListedRemaining += results[i].Status == VillageStatus.MayDelist ? 0 : 1;
            if (before?.Status != results[i].Status)
            {
                moved.Add(village.County);
            }

            if (transitions is not null && LevelTransition(AssessmentLevel.Village, village.Code, before, results[i], VillageCriterionIds) is { } transition)
            {
                transitions.Add(transition);
            }
        }

        return moved;
    }

    /// <summary>Re-assesses <paramref name="counties"/> (described, in code order) from their counts and listed villages.</summary>
    private void AssessCounties(List<CountyState> counties, List<LiveTransition>? transitions)
    {
        var inputs = counties.Select(c => new LevelInput<County>(
            c.Descriptor! with { RemainingPoorPeople = c.Total.RemainingPoorPeople, ListedVillagesRemaining = c.ListedRemaining },
            c.Total.UnassessedHouseholds,
            c.Total.Build(c.Code))).ToList();
        var results = _engine.AssessCounties(inputs, _profile);
        for (var i = 0; i < counties.Count; i++)
        {
            var before = counties[i].Assessment;
            if (before is not null)
            {
                _countyCounts[(int)before.Status]--;
            }

            counties[i].Assessment = results[i];
            _countyCounts[(int)results[i].Status]++;
            if (transitions is not null && LevelTransition(AssessmentLevel.County, counties[i].Code, before, results[i], CountyCriterionIds) is { } transition)
            {
                transitions.Add(transition);
            }
        }
    }

    private static LiveTransition? Transition(
        HouseholdAssessment? before, HouseholdAssessment? after, IReadOnlyList<(string Id, bool Applies)> beforeCriteria, IReadOnlyList<(string Id, bool Applies)> afterCriteria)
    {
        var known = (after ?? before)!;
        if (before is not null && after is not null && before.Status == after.Status
            && (after.Status == HouseholdStatus.InvalidInput || (ReferenceEquals(beforeCriteria, afterCriteria) && before.SameVerdicts(after))))
        {
            return null;
        }

        var changes = HouseholdChanges(before, after, beforeCriteria, afterCriteria);
        if (before is not null && after is not null && before.Status == after.Status && changes.Count == 0)
        {
            return null;
        }

        var county = AdministrativeCode.Check(known.VillageCode, 12) is null ? known.VillageCode![..6] : ImpactReport.UnknownCounty;
        return new LiveTransition(AssessmentLevel.Household, known.HouseholdId!, county, before?.Status.ToString(), after?.Status.ToString(), changes, known.Receipt);
    }

    private static LiveTransition? LevelTransition<TStatus>(AssessmentLevel level, string code, LevelAssessment<TStatus>? before, LevelAssessment<TStatus> after, string[] criteria)
        where TStatus : struct, Enum
    {
        var sameStatus = before is not null && EqualityComparer<TStatus>.Default.Equals(before.Status, after.Status);
        if (sameStatus && (after.IsInvalidInput
            || (ReferenceEquals(before!.Receipt, after.Receipt) && before.Verdicts == after.Verdicts)))
        {
            // Under one profile the same criteria apply: the same masks mean every verdict is the same.
            return null;
        }

        var changes = LevelChanges(before, after, criteria);
        return sameStatus && changes.Count == 0 ? null : new LiveTransition(level, code, code[..6], before?.Status.ToString(), after.Status.ToString(), changes, after.Receipt);
    }

    /// <summary>Counts <paramref name="assessment"/> in its village and county (or as unattributed); gives the village, if any.</summary>
    private VillageState? Place(HouseholdAssessment assessment)
    {
        _householdCounts[(int)assessment.Status]++;
        if (PlaceOf(assessment) is not { } village)
        {
            _unattributed.Add(assessment.Status, assessment.MemberCount);
            return null;
        }

        village.Tally.Add(assessment.Status, assessment.MemberCount);
        village.Households++;
        village.County.Total.Add(assessment.Status, assessment.MemberCount);
        return village;
    }

    /// <summary>Takes <paramref name="assessment"/> out of the counts <see cref="Place"/> put it in; gives the village it was counted in, if any.</summary>
    private VillageState? Unplace(HouseholdAssessment assessment)
    {
        _householdCounts[(int)assessment.Status]--;
        if (PlaceOf(assessment) is not { } village)
        {
            _unattributed.Remove(assessment.Status, assessment.MemberCount);
            return null;
        }

        village.Tally.Remove(assessment.Status, assessment.MemberCount);
        village.Households--;
        village.County.Total.Remove(assessment.Status, assessment.MemberCount);
        return village;
    }

    /// <summary>
    /// The village a household is counted in: the one its code names, unless it is invalid input with a malformed code
    /// (then it is unattributed, <c>null</c>). Only invalid input can carry a malformed code, so only then is it checked.
    /// </summary>
    private VillageState? PlaceOf(HouseholdAssessment assessment) =>
        assessment.Status == HouseholdStatus.InvalidInput && AdministrativeCode.Check(assessment.VillageCode, 12) is not null
            ? null
            : VillageFor(assessment.VillageCode!);

    private VillageState VillageFor(string code)
    {
        if (!_villages.TryGetValue(code, out var village))
        {
            village = new VillageState(code, CountyFor(code[..6]));
            village.County.Villages.Add(village);
            _villages.Add(code, village);
        }

        return village;
    }

    private CountyState CountyFor(string code)
    {
        if (!_counties.TryGetValue(code, out var county))
        {
            county = new CountyState(code);
            _counties.Add(code, county);
        }

        return county;
    }

    private static InputError Duplicate(string level, string code) =>
        new("Code", $"{level} '{code}' is described more than once; the first description is used");
}
