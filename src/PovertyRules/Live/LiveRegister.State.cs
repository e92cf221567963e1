using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Rules;

namespace PovertyRules.Live;

// The register's state: a household's assessment (which holds its record; where it is counted follows from it); per
// village and county its descriptor, its counts and its assessment. Only the writer changes it, under the write lock.
public sealed partial class LiveRegister
{
    private sealed class VillageState(string code, CountyState county)
    {
        public string Code { get; } = code;

        public CountyState County { get; } = county;

        /// <summary>The village's description; <c>null</c> for a village code only households name.</summary>
        public Village? Descriptor { get; set; }

        public TallyBuilder Tally { get; } = new();

        public int Households { get; set; }

        /// <summary>The delisting assessment; <c>null</c> while the village is not described.</summary>
        public VillageAssessment? Assessment { get; set; }
    }

    private sealed class CountyState(string code)
    {
        public string Code { get; } = code;

        public County? Descriptor { get; set; }

        public List<VillageState> Villages { get; } = [];

        /// <summary>Every household counted in the county's villages, described or not.</summary>
        public TallyBuilder Total { get; } = new();

        /// <summary>Described villages whose status is not may-delist: the county's listed villages remaining.</summary>
        public int ListedRemaining { get; set; }

        public CountyAssessment? Assessment { get; set; }
    }

    /// <summary>The criteria whose verdict moved, as the policy comparison names them (a move between met and not applicable is no move).</summary>
    private static IReadOnlyList<CriterionChange> HouseholdChanges(
        HouseholdAssessment? before,
        HouseholdAssessment? after,
        IReadOnlyList<(string Id, bool Applies)> beforeCriteria,
        IReadOnlyList<(string Id, bool Applies)> afterCriteria)
    {
        if (before?.Status == HouseholdStatus.InvalidInput || after?.Status == HouseholdStatus.InvalidInput)
        {
            return [new CriterionChange(ImpactReport.InputCriterion, null, null)];
        }

        var changes = new List<CriterionChange>();
        var (failedBefore, unknownBefore) = (before?.FailedCriteria ?? [], before?.UnknownCriteria ?? []);
        var (failedAfter, unknownAfter) = (after?.FailedCriteria ?? [], after?.UnknownCriteria ?? []);
        for (var c = 0; c < beforeCriteria.Count; c++)
        {
            var id = beforeCriteria[c].Id;
            var from = before is null ? null : CriterionChange.OutcomeOf(id, beforeCriteria[c].Applies, failedBefore, unknownBefore);
            var to = after is null ? null : CriterionChange.OutcomeOf(id, afterCriteria[c].Applies, failedAfter, unknownAfter);
            if (CriterionChange.Between(id, from, to) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    private static IReadOnlyList<CriterionChange> LevelChanges<TStatus>(LevelAssessment<TStatus>? before, LevelAssessment<TStatus>? after, string[] criteria)
        where TStatus : struct, Enum
    {
        if (before?.IsInvalidInput == true || after?.IsInvalidInput == true)
        {
            return [new CriterionChange(ImpactReport.InputCriterion, null, null)];
        }

        var changes = new List<CriterionChange>();
        for (var i = 0; i < criteria.Length; i++)
        {
            // The ids are the level's catalog in order: criterion i's verdict is bit i of the masks.
            var id = criteria[i];
            var from = before?.OutcomeAt(i);
            var to = after?.OutcomeAt(i);
            if (CriterionChange.Between(id, from, to) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }


}
