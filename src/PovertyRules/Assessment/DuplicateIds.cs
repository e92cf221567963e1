using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// The household ids (户编号) seen so far in one bulk run, as 64-bit hashes with the position of their first record in
/// a <see cref="CompactHashMap"/>: 12 bytes a slot, at most three quarters full, nothing of the record kept. Called in input order on one thread, so which
/// record is "first" never depends on how batches are scheduled.
/// </summary>
/// <remarks>
/// Two different ids share a 64-bit FNV-1a hash with probability about n²/2⁶⁵ for n households (3 in a million for
/// ten million households); such a pair would be reported as a repeat. Null records and records without an id are
/// not registered (they are invalid input anyway).
/// </remarks>
internal sealed class DuplicateIds
{
    /// <summary>No earlier record has this id.</summary>
    public const long None = -1;

    private readonly CompactHashMap _first = new();
    private long _position;

    /// <summary>Records checked so far.</summary>
    public long Checked => _position;

    /// <summary>Registers the next record; returns the 0-based position of an earlier record with its id, or <see cref="None"/>.</summary>
    public long Check(HouseholdRecord? household) => Check(household?.Id);

    /// <summary>Registers the next record by its id; returns the 0-based position of an earlier record with it, or <see cref="None"/>.</summary>
    public long Check(string? id)
    {
        var position = _position++;
        if (string.IsNullOrEmpty(id))
        {
            return None;
        }

        return _first.TryAdd(Hash(id), position, out var first) ? None : first;
    }

    /// <summary>
    /// <see cref="Check(HouseholdRecord?)"/> for each record of <paramref name="batch"/> in order, into
    /// <paramref name="firsts"/>: the ids are hashed and their slots fetched from memory first, then checked, so that a
    /// batch's lookups wait for memory together rather than one after another.
    /// </summary>
    public void CheckAll(ReadOnlySpan<HouseholdRecord?> batch, Span<long> firsts)
    {
        const int OnStack = 512;
        Span<ulong> hashes = batch.Length <= OnStack ? stackalloc ulong[batch.Length] : new ulong[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            var id = batch[i]?.Id;
            hashes[i] = string.IsNullOrEmpty(id) ? 0 : Hash(id);
            if (hashes[i] != 0)
            {
                _first.Prefetch(hashes[i]);
            }
        }

        for (var i = 0; i < batch.Length; i++)
        {
            var position = _position++;
            firsts[i] = hashes[i] == 0 || _first.TryAdd(hashes[i], position, out var first) ? None : first;
        }
    }

    /// <summary>The error a repeated record is rejected with: it names the id and the first record's position (1-based).</summary>
    public static InputError Error(string id, long firstPosition) =>
        new("Id", $"household '{id}' is a repeat: record {firstPosition + 1} of this run has the same id; only the first is assessed");

    /// <summary>64-bit FNV-1a over the id's UTF-16 code units; never 0 (the table's empty slot).</summary>
    internal static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash == 0 ? 1 : hash;
    }
}
