namespace PovertyRules.Rules.DataQuality;

/// <summary>
/// The ID numbers seen so far in one validation run, kept compact: a 64-bit hash of each number's 18-character form
/// (an old 15-digit number converted, so a person recorded in both forms is found) with where it was first seen.
/// Not thread-safe: one run registers its households in input order.
/// </summary>
/// <remarks>
/// Only the hash is kept, not the number: two different numbers of a run share a hash with a chance of about
/// n² / 2⁶⁵ (for ten million members, under one in three hundred thousand).
/// </remarks>
internal sealed class IdNumberRegistry
{
    private readonly Dictionary<ulong, DuplicateSighting> _seen = [];

    /// <summary>
    /// Registers the members' numbers of <paramref name="household"/> (the run's record number <paramref name="record"/>); returns, per member, where its number was seen
    /// before (in an earlier household or an earlier member of this one), or <c>null</c> when no number repeats.
    /// </summary>
    public DuplicateSighting?[]? Register(Model.Household household, int record, IdNumberReading[] ids)
    {
        DuplicateSighting?[]? duplicates = null;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i].Normalised is not { } number)
            {
                continue;
            }

            var hash = IdNumbers.Hash(number);
            if (_seen.TryGetValue(hash, out var earlier))
            {
                duplicates ??= new DuplicateSighting?[ids.Length];
                duplicates[i] = earlier.Record == record ? earlier with { SameHousehold = true } : earlier;
            }
            else
            {
                _seen.Add(hash, new DuplicateSighting(household.Id, record, household.Members[i].Source ?? household.Source, i, false));
            }
        }

        return duplicates;
    }
}
