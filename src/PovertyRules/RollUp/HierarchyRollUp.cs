using PovertyRules.Assessment;
using System.Runtime.InteropServices;
using PovertyRules.Policy;

namespace PovertyRules.RollUp;

/// <summary>
/// The household → village → county roll-up: descriptors are read first, then one pass over the household
/// assessments adds each to its village's counter (two small arrays per village), and nothing of a household is kept.
/// </summary>
internal sealed class HierarchyRollUp
{
    private readonly Dictionary<string, VillageEntry> _villages = new(StringComparer.Ordinal);
    private readonly List<VillageEntry> _villageOrder = [];
    private readonly List<(Village? Village, InputError? Duplicate)> _rejectedVillages = [];
    private readonly Dictionary<string, County> _counties = new(StringComparer.Ordinal);
    private readonly List<(County? County, InputError? Duplicate)> _rejectedCounties = [];
    private readonly Dictionary<string, TallyBuilder> _undescribed = new(StringComparer.Ordinal);
    private readonly TallyBuilder _unattributed = new();
    private readonly TallyBuilder _repeated = new();
    private readonly CompactHashSet _ids = new();
    private int _villagesRead;
    private int _countiesRead;
    private long _householdsRead;

    public HierarchyRollUp(IEnumerable<Village?> villages, IEnumerable<County?> counties)
    {
        foreach (var county in counties)
        {
            _countiesRead++;
            if (county is null || AdministrativeCode.Check(county.Code, 6) is not null)
            {
                _rejectedCounties.Add((county, null));
            }
            else if (!_counties.TryAdd(county.Code, county))
            {
                _rejectedCounties.Add((county, Duplicate("county", county.Code)));
            }
        }

        foreach (var village in villages)
        {
            _villagesRead++;
            if (village is null || AdministrativeCode.Check(village.Code, 12) is not null)
            {
                _rejectedVillages.Add((village, null));
            }
            else if (_villages.TryAdd(village.Code, new VillageEntry(village)))
            {
                _villageOrder.Add(_villages[village.Code]);
            }
            else
            {
                _rejectedVillages.Add((village, Duplicate("village", village.Code)));
            }
        }
    }

    /// <summary>
    /// Counts <paramref name="assessments"/> into their villages. A household id already counted in this roll-up goes
    /// to the repeated tally instead, never twice into a village. If the stream throws, everything read before is
    /// counted and a <see cref="BulkSourceException"/> with the counts (and the source's own exception inside) is raised.
    /// </summary>
    public void Count(IEnumerable<HouseholdAssessment> assessments, Receipt? expected)
    {
        Exception? failure = null;
        var source = SourceReader.Open(assessments, ref failure);
        try
        {
            var buffer = new HouseholdAssessment[1];
            while (source is not null && failure is null && SourceReader.Fill(source, buffer, ref failure) == 1)
            {
                Count(buffer[0], expected);
            }
        }
        finally
        {
            source?.Dispose();
        }

        if (failure is not null)
        {
            // An engine stream that failed reports its source's exception: that is the one to hand on.
            var cause = failure is BulkSourceException { InnerException: { } inner } ? inner : failure;
            throw new BulkSourceException(
                $"The household source of the roll-up failed after {_householdsRead:N0} households; every one of them was assessed and counted, "
                + "but no villages or counties are assessed: an outcome judged on part of their households would read like a real one. "
                + "The source's exception is the inner exception.",
                _householdsRead,
                _householdsRead,
                0,
                cause);
        }
    }

    private void Count(HouseholdAssessment assessment, Receipt? expected)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException("assessments", $"The household assessment after {_householdsRead} others is null.");
        }

        if (expected is not null
            && (assessment.Receipt.ProfileId != expected.ProfileId || assessment.Receipt.ParameterHash != expected.ParameterHash))
        {
            throw new ArgumentException(
                $"Household {assessment.HouseholdId} was assessed under profile '{assessment.Receipt.ProfileId}' (parameters {assessment.Receipt.ParameterHash}), "
                + $"not '{expected.ProfileId}' (parameters {expected.ParameterHash}).",
                "assessments");
        }

        _householdsRead++;
        var code = assessment.VillageCode;
        if (!string.IsNullOrEmpty(assessment.HouseholdId) && !_ids.Add(DuplicateIds.Hash(assessment.HouseholdId)))
        {
            _repeated.Add(assessment.Status, assessment.MemberCount);
        }
        else if (assessment.Status == HouseholdStatus.InvalidInput && AdministrativeCode.Check(code, 12) is not null)
        {
            _unattributed.Add(assessment.Status, assessment.MemberCount);
        }
        else if (_villages.TryGetValue(code!, out var village))
        {
            village.Tally.Add(assessment.Status, assessment.MemberCount);
        }
        else
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_undescribed, code!, out _);
            tally ??= new TallyBuilder();
            tally.Add(assessment.Status, assessment.MemberCount);
        }
    }

    public HierarchyAssessment Assess(PovertyRulesEngine engine, PolicyProfile profile)
    {
        var groups = new SortedDictionary<string, CountyGroup>(StringComparer.Ordinal);
        CountyGroup Group(string code) => groups.TryGetValue(code, out var g) ? g : groups[code] = new CountyGroup();

        foreach (var (code, county) in _counties)
        {
            Group(code).Descriptor = county;
        }

        foreach (var entry in _villageOrder.OrderBy(v => v.Village.Code, StringComparer.Ordinal))
        {
            var group = Group(entry.Village.Code[..6]);
            group.Villages.Add(entry);
            group.Total.Add(entry.Tally);
        }

        foreach (var (code, tally) in _undescribed.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var group = Group(code[..6]);
            group.Undescribed.Add(tally.Build(code));
            group.Total.Add(tally);
        }

        var villageInputs = groups.Values.SelectMany(g => g.Villages).Select(v =>
            new LevelInput<Village>(v.Village with { RemainingPoorPeople = v.Tally.RemainingPoorPeople }, v.Tally.UnassessedHouseholds, v.Tally.Build(v.Village.Code))).ToList();
        var villageResults = engine.AssessVillages(villageInputs, profile);

        var countyInputs = new List<LevelInput<County>>();
        var next = 0;
        foreach (var (code, group) in groups)
        {
            group.VillageResults = villageResults.AsSpan(next, group.Villages.Count).ToArray();
            next += group.Villages.Count;
            if (group.Descriptor is { } county)
            {
                var remainingListed = group.VillageResults.Count(v => v.Status != VillageStatus.MayDelist);
                countyInputs.Add(new LevelInput<County>(
                    county with { RemainingPoorPeople = group.Total.RemainingPoorPeople, ListedVillagesRemaining = remainingListed },
                    group.Total.UnassessedHouseholds,
                    group.Total.Build(code)));
            }
        }

        var countyResults = engine.AssessCounties(countyInputs, profile);
        var results = new List<CountyResult>(groups.Count);
        next = 0;
        foreach (var (code, group) in groups)
        {
            var assessment = group.Descriptor is null ? null : countyResults[next++];
            results.Add(new CountyResult(code, assessment, group.VillageResults, group.Undescribed, assessment?.Households ?? group.Total.Build(code)));
        }

        var rejectedVillages = engine.AssessVillages(
            [.. _rejectedVillages.Select(r => new LevelInput<Village>(r.Village))], profile)
            .Select((a, i) => _rejectedVillages[i].Duplicate is { } duplicate ? VillageAssessment.Invalid(a.Village, [duplicate, .. a.Errors], a.Receipt, null) : a);
        var rejectedCounties = engine.AssessCounties(
            [.. _rejectedCounties.Select(r => new LevelInput<County>(r.County))], profile)
            .Select((a, i) => _rejectedCounties[i].Duplicate is { } duplicate ? CountyAssessment.Invalid(a.County, [duplicate, .. a.Errors], a.Receipt, null) : a);

        return new HierarchyAssessment(
            results,
            _unattributed.Build(null),
            _repeated.Build(null),
            [.. rejectedVillages],
            [.. rejectedCounties],
            _householdsRead,
            _villagesRead,
            _countiesRead);
    }

    private static InputError Duplicate(string level, string code) =>
        new("Code", $"{level} '{code}' is described more than once; the first description is used");

    private sealed class VillageEntry(Village village)
    {
        public Village Village { get; } = village;

        public TallyBuilder Tally { get; } = new();
    }

    private sealed class CountyGroup
    {
        public County? Descriptor { get; set; }

        public List<VillageEntry> Villages { get; } = [];

        public List<HouseholdTally> Undescribed { get; } = [];

        public TallyBuilder Total { get; } = new();

        public VillageAssessment[] VillageResults { get; set; } = [];
    }
}
