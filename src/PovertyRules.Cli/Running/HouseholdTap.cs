using System.Text.RegularExpressions;
using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Rules;

namespace PovertyRules.Cli.Running;

/// <summary>
/// Counts the household assessments of a run as they stream past (statuses, failed criteria, invalid records by field,
/// declared assumptions) without holding any of them. Used from the one thread that consumes the stream.
/// </summary>
internal sealed partial class HouseholdTap
{
    private readonly long[] _records = new long[Enum.GetValues<HouseholdStatus>().Max(s => (int)s) + 1];
    private readonly long[] _people = new long[Enum.GetValues<HouseholdStatus>().Max(s => (int)s) + 1];
    private readonly Dictionary<string, long> _failed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Count, string Example)> _invalid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _assumptions = new(StringComparer.Ordinal);
    private readonly Dictionary<ChangeKind, (long Households, long People, decimal Yuan)> _changes = [];

    /// <summary>The receipt of the first household assessed, if any.</summary>
    public Receipt? FirstReceipt { get; private set; }

    /// <summary>Households counted so far.</summary>
    public long Households { get; private set; }

    /// <summary>Persons in them.</summary>
    public long Persons { get; private set; }

    /// <summary>Counts each assessment and yields it unchanged.</summary>
    public IEnumerable<HouseholdAssessment> Tap(IEnumerable<HouseholdAssessment> assessments)
    {
        foreach (var assessment in assessments)
        {
            Count(assessment);
            yield return assessment;
        }
    }

    public long RecordsWith(HouseholdStatus status) => _records[(int)status];

    public long PeopleWith(HouseholdStatus status) => _people[(int)status];

    /// <summary>Failed criteria: id, households, the parameter named by the first finding seen.</summary>
    public IEnumerable<(string Id, long Count, string? Parameter)> Failed =>
        _failed.Select(f => (f.Key, f.Value, _parameters.GetValueOrDefault(f.Key)));

    /// <summary>Invalid households by field (indices folded: <c>Members[].IdNumber</c>), with one reason each.</summary>
    public IEnumerable<(string Field, long Count, string Example)> Invalid => _invalid.Select(i => (i.Key, i.Value.Count, i.Value.Example));

    /// <summary>
    /// The changes the households that remain poor need to exit (their distance to exit), by kind: households and
    /// people needing one, and for income the yuan lacking in all (per-person amount × members, summed over the years).
    /// </summary>
    public IEnumerable<(ChangeKind Kind, long Households, long People, decimal Yuan)> Changes =>
        _changes.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Households, c.Value.People, c.Value.Yuan));

    /// <summary>The distinct assumptions declared on the receipts seen, as <c>name: text (citation)</c>.</summary>
    public IReadOnlyList<string> Assumptions => [.. _assumptions.Values.Order(StringComparer.Ordinal)];

    private void Count(HouseholdAssessment assessment)
    {
        FirstReceipt ??= assessment.Receipt;
        Households++;
        Persons += assessment.MemberCount;
        _records[(int)assessment.Status]++;
        _people[(int)assessment.Status] += assessment.MemberCount;
        if (assessment.Status == HouseholdStatus.InvalidInput)
        {
            foreach (var field in assessment.Errors.Select(e => (Field: Fold(e.Field), e.Reason)).DistinctBy(e => e.Field))
            {
                _invalid[field.Field] = _invalid.TryGetValue(field.Field, out var seen) ? (seen.Count + 1, seen.Example) : (1, field.Reason);
            }
        }
        else if (assessment.FailedCriteria is { Count: > 0 } failed)
        {
            foreach (var id in failed)
            {
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_failed, id, out var existed);
                count++;
                if (!existed)
                {
                    _parameters[id] = assessment.Findings.FirstOrDefault(f => f.RuleId == id && f.Outcome == Outcome.NotMet)?.Parameter;
                }
            }

            if (assessment.Status == HouseholdStatus.RemainsPoor)
            {
                CountChanges(assessment);
            }
        }

        if (assessment.Receipt.Assumptions is { Count: > 0 } assumptions)
        {
            foreach (var a in assumptions)
            {
                _assumptions.TryAdd(a.Id, $"{a.Id}: {a.Statement} ({a.Citation})");
            }
        }
    }

    private void CountChanges(HouseholdAssessment assessment)
    {
        foreach (var kind in assessment.DistanceToExit().Changes.GroupBy(c => c.Kind))
        {
            ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_changes, kind.Key, out _);
            var yuan = kind.Key == ChangeKind.RaiseIncome ? kind.Sum(c => c.Amount ?? 0m) * assessment.MemberCount : 0m;
            seen = (seen.Households + 1, seen.People + assessment.MemberCount, seen.Yuan + yuan);
        }
    }

    /// <summary>A field with its list indices removed, so that one problem on many members is one reason.</summary>
    internal static string Fold(string field) => Index().Replace(field, "[]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
