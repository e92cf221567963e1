namespace PovertyRules.Comparison;

/// <summary>
/// Streaming counts for one level of an impact report: a transition matrix over the level's outcome enum, the criteria
/// behind each changed cell, a matrix per county, and the first changed records. Memory depends on the number of
/// outcomes, criteria and counties and on the cap, never on the number of records. Not thread-safe.
/// </summary>
internal sealed class LevelTally
{
    private readonly AssessmentLevel _level;
    private readonly string?[] _names;
    private readonly int _size;
    private readonly long[] _records;
    private readonly long[] _people;
    private readonly Dictionary<int, Dictionary<CriterionChange, (long Records, long People)>> _criteria = [];
    private readonly Dictionary<string, (long[] Records, long[] People)> _counties = new(StringComparer.Ordinal);
    private readonly List<ChangedRecord> _changed = [];
    private readonly int _maxChangedRecords;
    private bool _truncated;

    private LevelTally(AssessmentLevel level, string?[] names, int maxChangedRecords)
    {
        _level = level;
        _names = names;
        _size = names.Length;
        _records = new long[_size * _size];
        _people = new long[_size * _size];
        _maxChangedRecords = maxChangedRecords;
    }

    /// <summary>A tally whose outcomes are the values of <typeparamref name="TStatus"/> (small non-negative integers).</summary>
    public static LevelTally For<TStatus>(AssessmentLevel level, int maxChangedRecords)
        where TStatus : struct, Enum
    {
        var values = Enum.GetValues<TStatus>();
        var names = new string?[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = value.ToString();
        }

        return new LevelTally(level, names, maxChangedRecords);
    }

    /// <summary>Counts one record: its outcome under each profile, the people it stands for and, when it changed, why.</summary>
    public void Add(string? id, string county, int from, int to, int people, IReadOnlyList<CriterionChange>? changes)
    {
        var cell = from * _size + to;
        _records[cell]++;
        _people[cell] += people;
        if (!_counties.TryGetValue(county, out var matrix))
        {
            matrix = (new long[_size * _size], new long[_size * _size]);
            _counties[county] = matrix;
        }

        matrix.Records[cell]++;
        matrix.People[cell] += people;
        if (from == to)
        {
            return;
        }

        changes ??= [];
        if (!_criteria.TryGetValue(cell, out var shifts))
        {
            shifts = [];
            _criteria[cell] = shifts;
        }

        foreach (var change in changes)
        {
            var (records, weight) = shifts.GetValueOrDefault(change);
            shifts[change] = (records + 1, weight + people);
        }

        if (_changed.Count < _maxChangedRecords)
        {
            _changed.Add(new ChangedRecord(id, county, _names[from]!, _names[to]!, changes));
        }
        else
        {
            _truncated = true;
        }
    }

    public LevelImpact ToImpact()
    {
        var transitions = Cells(_records, _people, withCriteria: true);
        var counties = _counties.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
        {
            var cells = Cells(c.Value.Records, c.Value.People, withCriteria: false);
            return new CountyImpact(
                c.Key,
                cells.Sum(t => t.Records),
                cells.Sum(t => t.People),
                cells.Where(t => t.Changed).Sum(t => t.Records),
                cells.Where(t => t.Changed).Sum(t => t.People),
                cells);
        }).ToList();
        return new LevelImpact(
            _level, transitions.Sum(t => t.Records), transitions.Sum(t => t.People), transitions, counties.AsReadOnly(), _changed.ToList().AsReadOnly(), _truncated);
    }

    private IReadOnlyList<OutcomeTransition> Cells(long[] records, long[] people, bool withCriteria)
    {
        var cells = new List<OutcomeTransition>();
        for (var cell = 0; cell < records.Length; cell++)
        {
            if (records[cell] == 0)
            {
                continue;
            }

            IReadOnlyList<CriterionShift> criteria = withCriteria && _criteria.TryGetValue(cell, out var shifts)
                ? shifts.Select(s => new CriterionShift(s.Key.CriterionId, s.Key.Baseline, s.Key.Changed, s.Value.Records, s.Value.People))
                    .OrderByDescending(s => s.Records).ThenBy(s => s.CriterionId, StringComparer.Ordinal).ToList().AsReadOnly()
                : [];
            cells.Add(new OutcomeTransition(_names[cell / _size]!, _names[cell % _size]!, records[cell], people[cell], criteria));
        }

        return cells.AsReadOnly();
    }
}
