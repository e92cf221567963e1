using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using PovertyRules.Data.Roster;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Data;

/// <summary>
/// Reads a national roster export (花名册: one row per person, a household's rows consecutive, the head first) or a
/// query in the PovertyRules schema as households, streaming: one household is held at a time. Enumerable once.
/// </summary>
/// <remarks>
/// The header is checked when the reader is opened: a missing required column fails then, before any row is read. A
/// row that cannot be read is never dropped: its household carries read errors (file, line, column, reason), which the
/// engine turns into an invalid-input result, so that every household read gives one result. Column by column, what
/// is read and how a blank is read is in the repository README, section "Reading a register export".
/// </remarks>
/// <example>
/// <code>
/// using var roster = RosterReader.Open("roster.csv", new RosterOptions { IncomeYear = 2019 });
/// foreach (var result in roster.Track(engine.AssessMany(roster, profile))) { … }
/// Console.WriteLine(roster.Summary);   // persons read …, households formed …, assessed …, invalid …
/// </code>
/// </example>
public sealed class RosterReader : IEnumerable<Household>, IDisposable
{
    private static readonly RosterColumn[] Required = [RosterColumn.HouseholdId, RosterColumn.IdNumber, RosterColumn.Relationship];
    private const int TitleRowsSearched = 5;

    private readonly RowSource _source;
    private readonly Func<RowSource>? _reopen;
    private readonly RosterOptions _options;
    private readonly int[] _ordinals = new int[ColumnCatalogue.Count];
    private readonly string?[] _headers = new string?[ColumnCatalogue.Count];
    private readonly bool[] _divide = new bool[ColumnCatalogue.Count];
    private readonly Supplement? _supplement;
    private readonly CellCache _cells = new();
    private int[] _mapped = [];
    private bool _enumerated;
    private long _personsRead;
    private long _householdsFormed;
    private long _householdsWithErrors;
    private long _assessed;
    private long _invalid;
    private long _personsAssessed;
    private RowSourceFailure? _stoppedAt;

    private RosterReader(RowSource source, Func<RowSource>? reopen, RosterOptions options, Supplement? supplement)
    {
        _source = source;
        _reopen = reopen;
        _options = options;
        _supplement = supplement;
        try
        {
            Headers = ReadHeader(source, options.TitleRow);
            Resolve();
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The header row as found (after any title row).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Headers the reader does not read: names of columns it does not know, and those it deliberately leaves (phone numbers…).</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; private set; } = [];

    /// <summary>The text encoding a CSV file was read with (detected or set); <c>null</c> for Excel and databases.</summary>
    public string? EncodingName { get; private init; }

    /// <summary>What the run read so far and what <see cref="Track"/> counted; complete once both are enumerated to the end.</summary>
    public RunSummary Summary =>
        new(_personsRead, _householdsFormed, _householdsWithErrors, _assessed, _invalid, _personsAssessed, _supplement?.Unmatched ?? 0)
        {
            UnreadableFromLine = _stoppedAt?.Line,
        };

    /// <summary>Opens a roster export: <c>.csv</c> (UTF-8 or GB18030), <c>.xlsx</c> or <c>.xls</c>, and checks its header.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not usable (every problem listed).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="RosterFormatException">
    /// No header row is found, a required column is missing (the message names it and lists the headers found), the
    /// named sheet does not exist, or the supplement has no household number column.
    /// </exception>
    public static RosterReader Open(string path, RosterOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The roster export {path} does not exist.", path);
        }

        var supplement = LoadSupplement(options);
        var source = RosterSource.Open(path, options.Encoding, options.SheetName, out var encoding);
        return new RosterReader(source, () => RosterSource.Open(path, options.Encoding, options.SheetName, out _), options, supplement)
        {
            EncodingName = encoding?.WebName,
        };
    }

    /// <summary>
    /// Reads households from any ADO.NET reader whose columns are named as in the PovertyRules schema (or as an export's
    /// Chinese headers), one row per member, a household's rows consecutive (<c>ORDER BY household_id, member_no</c>).
    /// The reader is not disposed.
    /// </summary>
    /// <param name="reader">The query's rows.</param>
    /// <param name="sourceName">What locations name as the file (e.g. the table or query).</param>
    /// <param name="options">How to read; a supplement comes from <paramref name="supplement"/> or the options' file.</param>
    /// <param name="supplement">Rows in the supplement schema, read to the end before the first household; optional.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="supplement"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not usable, or ask to group split households (a query cannot be read twice).</exception>
    /// <exception cref="RosterFormatException">A required column is missing.</exception>
    public static RosterReader Open(DbDataReader reader, string sourceName, RosterOptions options, DbDataReader? supplement = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.GroupSplitHouseholds)
        {
            throw new ArgumentException("GroupSplitHouseholds needs a second pass, which a data reader cannot give: order the query by household_id instead.", nameof(options));
        }

        var joined = supplement is null ? LoadSupplement(options) : Supplement.Load(DataReaderRowSource.Over(sourceName + " (supplement)", supplement));
        return new RosterReader(DataReaderRowSource.Over(sourceName, reader), null, options, joined);
    }

    /// <summary>
    /// Counts the assessments of this reader's households as they pass, for <see cref="Summary"/>; yields them unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    public IEnumerable<HouseholdAssessment> Track(IEnumerable<HouseholdAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return Counted(assessments);
    }

    /// <summary>Reads the households, once.</summary>
    /// <exception cref="InvalidOperationException">The reader was enumerated before.</exception>
    public IEnumerator<Household> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A roster reader streams its source once; open it again to read it again.");
        }

        _enumerated = true;
        return Households().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Reads the households, once, on a thread of its own, up to <paramref name="households"/> ahead of the caller, so
    /// that reading the file overlaps with what the caller does with each household (assessing, writing, rolling up)
    /// instead of taking turns with it on the caller's thread. The households, their order and every count are those of
    /// the plain enumeration; an exception of the reading thread is thrown by the caller's next <c>MoveNext</c>.
    /// </summary>
    /// <remarks>
    /// At most <paramref name="households"/> households, plus one chunk of <see cref="ReadAheadChunk"/>, are held
    /// between the threads. Stopping early (disposing the enumerator) stops the reading thread and waits for it.
    /// <see cref="Summary"/>'s read counts are complete once the enumeration has ended.
    /// </remarks>
    /// <param name="households">
    /// How many households may be read ahead (at least, and by default, <see cref="ReadAheadChunk"/>): more smooths out
    /// nothing the engine's own window does not, and every household held is one more for the collector to move.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="households"/> is less than <see cref="ReadAheadChunk"/>.</exception>
    /// <exception cref="InvalidOperationException">The reader was enumerated before.</exception>
    public IEnumerable<Household> ReadAhead(int households = ReadAheadChunk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(households, ReadAheadChunk);
        if (_enumerated)
        {
            throw new InvalidOperationException("A roster reader streams its source once; open it again to read it again.");
        }

        _enumerated = true;
        return ReadingAhead(households / ReadAheadChunk);
    }

    /// <summary>Households handed from the reading thread to the caller at a time, by <see cref="ReadAhead"/>.</summary>
    public const int ReadAheadChunk = 256;

    private IEnumerable<Household> ReadingAhead(int chunks)
    {
        using var queue = new BlockingCollection<Household[]>(chunks);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reading = new Thread(() =>
        {
            var chunk = new List<Household>(ReadAheadChunk);
            try
            {
                try
                {
                    foreach (var household in Households())
                    {
                        chunk.Add(household);
                        if (chunk.Count == ReadAheadChunk)
                        {
                            queue.Add([.. chunk], stop.Token);
                            chunk.Clear();
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                {
                    // Households read before the failure are handed over first: nothing read is lost.
                    failure = ExceptionDispatchInfo.Capture(e);
                }

                if (chunk.Count > 0)
                {
                    queue.Add([.. chunk], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller stopped reading.
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "PovertyRules roster read-ahead",
        };

        reading.Start();
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable())
            {
                foreach (var household in chunk)
                {
                    yield return household;
                }
            }

            reading.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reading.Join();
        }
    }

    /// <summary>Closes the file (a data reader passed in stays open).</summary>
    public void Dispose() => _source.Dispose();

    private IEnumerable<HouseholdAssessment> Counted(IEnumerable<HouseholdAssessment> assessments)
    {
        foreach (var assessment in assessments)
        {
            _assessed++;
            _personsAssessed += assessment.MemberCount;
            if (assessment.Status == HouseholdStatus.InvalidInput)
            {
                _invalid++;
            }

            yield return assessment;
        }
    }

    private static Supplement? LoadSupplement(RosterOptions options) =>
        options.SupplementPath is { } path ? Supplement.Load(RosterSource.Open(path, RosterEncoding.Detect, null, out _)) : null;

    private IEnumerable<Household> Households()
    {
        var builder = new HouseholdBuilder(_source.Name, _headers, _divide, _options, _supplement, _source.EstimatedRows);
        CompactHashMap? split = null;
        Dictionary<string, List<RosterRow>>? held = null;
        if (_options.GroupSplitHouseholds && _reopen is not null)
        {
            split = FindSplitHouseholds();
            held = new Dictionary<string, List<RosterRow>>(StringComparer.Ordinal);
        }

        var pool = new Stack<RosterRow>();
        var rows = new List<RosterRow>();
        string? current = null;
        while (_source.Read())
        {
            var row = pool.Count > 0 ? pool.Pop() : new RosterRow();
            if (!Fill(row))
            {
                pool.Push(row);
                continue;
            }

            _personsRead++;
            var id = row[RosterColumn.HouseholdId];
            builder.Admit(row, rows.Count == 0 || id is null || id != current);
            if (split is not null && id is not null && split.Contains(KeyHash.Of(id)))
            {
                if (!held!.TryGetValue(id, out var list))
                {
                    held[id] = list = [];
                }

                list.Add(row);
                continue;
            }

            if (rows.Count > 0 && (id is null || id != current))
            {
                yield return Formed(builder.Build(rows, checkConsecutive: true));
                Recycle(rows, pool);
            }

            rows.Add(row);
            current = id;
            if (id is null)
            {
                yield return Formed(builder.Build(rows, checkConsecutive: true));
                Recycle(rows, pool);
            }
        }

        var broken = _source.Failure is { } failure ? Unreadable(failure, rows.Count > 0 ? current : null) : null;
        if (rows.Count > 0)
        {
            var household = builder.Build(rows, checkConsecutive: true);
            yield return Formed(broken is null ? household : household with { ReadErrors = [.. household.ReadErrors, broken] });
            Recycle(rows, pool);
        }
        else if (broken is not null)
        {
            // No household was in progress: the unreadable rest of the file is a record of its own, so that it gives a result.
            yield return Formed(new Household { Id = string.Empty, VillageCode = string.Empty, Members = [], ReadErrors = [broken], Source = broken.Location });
        }

        foreach (var group in held?.Values ?? Enumerable.Empty<List<RosterRow>>())
        {
            yield return Formed(builder.Build(group, checkConsecutive: false));
        }
    }

    /// <summary>
    /// The read error for a file that cannot be read past a line: it goes to the household whose rows end there (they
    /// may go on in the part that cannot be read), so that what was read before is assessed and the break is a result.
    /// </summary>
    private ReadError Unreadable(RowSourceFailure failure, string? household)
    {
        _stoppedAt = failure;
        var column = failure.FieldOrdinal >= 0 && failure.FieldOrdinal < Headers.Count && Headers[failure.FieldOrdinal].Length > 0 ? Headers[failure.FieldOrdinal] : null;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{_source.Name} {failure.Describe()}; nothing from that line to the end of the file is read");
        reason += household is null ? string.Empty : $", so household {household}, whose rows reach that line, may be incomplete";
        return new ReadError("(file)", reason, new SourceLocation(_source.Name, failure.Line, column));
    }

    private Household Formed(Household household)
    {
        _householdsFormed++;
        if (household.ReadErrors.Count > 0)
        {
            _householdsWithErrors++;
        }

        return household;
    }

    private static void Recycle(List<RosterRow> rows, Stack<RosterRow> pool)
    {
        foreach (var row in rows)
        {
            pool.Push(row);
        }

        rows.Clear();
    }

    /// <summary>Copies the current row's cells; <c>false</c> for a blank row (trailing rows of a sheet), which is no person.</summary>
    private bool Fill(RosterRow row)
    {
        var any = false;
        var spans = _source.ReadsSpans;
        var cells = row.Cells;

        // Only the columns the file has: the others stay null in every row (rows are reused, but never written there).
        foreach (var c in _mapped)
        {
            var ordinal = _ordinals[c];
            var value = spans ? _cells.Get(c, _source.GetSpan(ordinal)) : _source.Get(ordinal);
            cells[c] = value;
            any |= value is not null;
        }

        row.Line = _source.Line;
        return any;
    }

    /// <summary>The first pass of <see cref="RosterOptions.GroupSplitHouseholds"/>: household numbers whose rows are not consecutive.</summary>
    private CompactHashMap FindSplitHouseholds()
    {
        var split = new CompactHashMap();
        var seen = new CompactHashMap();
        using var source = _reopen!();
        ReadHeader(source, _options.TitleRow);
        var ordinal = _ordinals[(int)RosterColumn.HouseholdId];
        string? current = null;
        while (source.Read())
        {
            if (source.Get(ordinal) is not { } id || id == current)
            {
                continue;
            }

            current = id;
            var hash = KeyHash.Of(id);
            if (!seen.TryAdd(hash, source.Line, out _))
            {
                split.TryAdd(hash, source.Line, out _);
            }
        }

        return split;
    }

    private static List<string> ReadHeader(RowSource source, TitleRowHandling titleRow)
    {
        if (source.FixedHeader is { } fixedHeader)
        {
            return [.. fixedHeader];
        }

        var searched = titleRow switch
        {
            TitleRowHandling.None => 1,
            TitleRowHandling.SkipOne => 2,
            _ => TitleRowsSearched,
        };
        List<string>? first = null;
        for (var i = 0; i < searched && source.Read(); i++)
        {
            var cells = Enumerable.Range(0, source.FieldCount).Select(c => source.Get(c) ?? string.Empty).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (titleRow == TitleRowHandling.SkipOne && i == 0)
            {
                continue;
            }

            first ??= cells;
            if (titleRow != TitleRowHandling.Detect || cells.Any(c => ColumnCatalogue.Find(c) == RosterColumn.HouseholdId))
            {
                return cells;
            }
        }

        if (source.Failure is { } failure)
        {
            throw new RosterFormatException($"{source.Name} {failure.Describe()}; no header row naming 户编号 was found before it.");
        }

        if (first is null)
        {
            throw new RosterFormatException($"{source.Name} is empty: it has no header row.");
        }

        throw new RosterFormatException(
            string.Create(CultureInfo.InvariantCulture,
                $"{source.Name} has no header row naming 户编号 among its first {searched} rows; the first row holds: {string.Join(", ", first)}."));
    }

    private void Resolve()
    {
        Array.Fill(_ordinals, -1);
        var ignored = new List<string>();
        for (var i = 0; i < Headers.Count; i++)
        {
            var header = Headers[i];
            if (header.Length == 0)
            {
                continue;
            }

            if (ColumnCatalogue.Find(header) is { } column && _ordinals[(int)column] < 0)
            {
                _ordinals[(int)column] = i;
                _headers[(int)column] = header;
                _divide[(int)column] = ColumnCatalogue.HouseholdTotal[(int)column]
                    && !ColumnCatalogue.Normalise(header).StartsWith("per_capita", StringComparison.Ordinal);
            }
            else
            {
                ignored.Add(header);
            }
        }

        IgnoredHeaders = ignored;
        _mapped = [.. Enumerable.Range(0, _ordinals.Length).Where(c => _ordinals[c] >= 0)];
        var missing = new List<string>();
        foreach (var column in Required)
        {
            if (_ordinals[(int)column] < 0)
            {
                missing.Add(Describe(column));
            }
        }

        if (_ordinals[(int)RosterColumn.VillageCode] < 0 && _ordinals[(int)RosterColumn.Village] < 0)
        {
            missing.Add($"{Describe(RosterColumn.Village)} or {Describe(RosterColumn.VillageCode)}");
        }

        if (missing.Count > 0)
        {
            throw new RosterFormatException(
                $"{_source.Name} lacks the required column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join("; ", missing)}. "
                + $"Headers found: {string.Join(", ", Headers.Where(h => h.Length > 0))}.");
        }
    }

    private static string Describe(RosterColumn column)
    {
        var aliases = ColumnCatalogue.Aliases(column).ToList();
        var text = new StringBuilder(ColumnCatalogue.DisplayNames[(int)column]);
        if (aliases.Count > 1)
        {
            text.Append(" (or ").AppendJoin(", ", aliases.Skip(1)).Append(')');
        }

        return text.ToString();
    }
}
