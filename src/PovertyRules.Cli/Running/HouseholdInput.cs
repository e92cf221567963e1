using PovertyRules.Data;
using PovertyRules.Model;

namespace PovertyRules.Cli.Running;

/// <summary>An opened source of households with the village and county records that go with it.</summary>
internal sealed class HouseholdInput : IDisposable
{
    private readonly IReadOnlyList<IDisposable> _owned;

    public HouseholdInput(string description, IEnumerable<Household> households, IReadOnlyList<Village> villages, IReadOnlyList<County> counties,
        RosterReader? roster = null, long? expected = null, IReadOnlyList<IDisposable>? owned = null)
    {
        Description = description;
        Households = households;
        Villages = villages;
        Counties = counties;
        Roster = roster;
        Expected = expected;
        _owned = owned ?? [];
    }

    /// <summary>Where the households come from, in words.</summary>
    public string Description { get; }

    /// <summary>The households, to be read once.</summary>
    public IEnumerable<Household> Households { get; }

    public IReadOnlyList<Village> Villages { get; }

    public IReadOnlyList<County> Counties { get; }

    /// <summary>The roster reader behind <see cref="Households"/>, when there is one (its summary counts rows and supplements).</summary>
    public RosterReader? Roster { get; }

    /// <summary>How many households the source holds, when known up front (for the progress bar's ETA).</summary>
    public long? Expected { get; }

    public void Dispose()
    {
        Roster?.Dispose();
        foreach (var owned in _owned.Reverse())
        {
            owned.Dispose();
        }
    }
}
