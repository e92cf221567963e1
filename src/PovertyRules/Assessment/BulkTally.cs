using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PovertyRules.Assessment;

/// <summary>
/// The counts of a batch or of a bulk run: results by status, and invalid records by the field their errors name (list
/// positions folded, <c>Members[].IdNumber</c>), never a value, a name or an ID number.
/// </summary>
internal sealed partial class BulkTally
{
    private static readonly HouseholdStatus[] Statuses = Enum.GetValues<HouseholdStatus>();

    private readonly long[] _byStatus = new long[Statuses.Max(s => (int)s) + 1];
    private readonly Dictionary<string, long> _invalidByField = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    public long Invalid => _byStatus[(int)HouseholdStatus.InvalidInput];

    public IReadOnlyDictionary<string, long> InvalidByField => _invalidByField;

    public long this[HouseholdStatus status] => _byStatus[(int)status];

    /// <summary>Counts a batch's results and, when <paramref name="observed"/>, reports them to the metrics.</summary>
    public static BulkTally Of(HouseholdAssessment[] results, bool observed)
    {
        var tally = new BulkTally();
        foreach (var result in results)
        {
            tally.Count++;
            tally._byStatus[(int)result.Status]++;
            if (result.Status == HouseholdStatus.InvalidInput)
            {
                foreach (var field in result.Errors.Select(e => Fold(e.Field)).Distinct(StringComparer.Ordinal))
                {
                    tally._invalidByField[field] = tally._invalidByField.GetValueOrDefault(field) + 1;
                }
            }
        }

        if (!observed)
        {
            return tally;
        }

        foreach (var status in Statuses)
        {
            if (tally[status] > 0)
            {
                PovertyRulesTelemetry.Assessed.Add(tally[status], new KeyValuePair<string, object?>("status", status.ToString()));
            }
        }

        if (tally.Invalid > 0)
        {
            PovertyRulesTelemetry.Invalid.Add(tally.Invalid);
        }

        return tally;
    }

    public void Add(BulkTally batch)
    {
        Count += batch.Count;
        for (var i = 0; i < _byStatus.Length; i++)
        {
            _byStatus[i] += batch._byStatus[i];
        }

        foreach (var (field, count) in batch._invalidByField)
        {
            _invalidByField[field] = _invalidByField.GetValueOrDefault(field) + count;
        }
    }

    /// <summary>"MayExit 3, RemainsPoor 1" (statuses with no result left out).</summary>
    public string ByStatusText() =>
        string.Join(", ", Statuses.Where(s => this[s] > 0).Select(s => $"{s} {this[s]}")) is { Length: > 0 } text ? text : "none";

    /// <summary>"Members[].IdNumber 2, Id 1", most frequent first.</summary>
    public string InvalidByFieldText() =>
        _invalidByField.Count == 0
            ? "none"
            : string.Join(", ", _invalidByField.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));

    public void Tag(Activity? activity)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("povertyrules.results", Count);
        foreach (var status in Statuses)
        {
            activity.SetTag("povertyrules.status." + status, this[status]);
        }
    }

    private static string Fold(string field) => Position().Replace(field, "[]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Position();
}
