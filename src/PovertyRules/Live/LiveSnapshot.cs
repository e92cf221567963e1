using PovertyRules.Assessment;
using PovertyRules.Policy;
using PovertyRules.RollUp;

namespace PovertyRules.Live;

/// <summary>
/// A live register's whole state at one version, taken at once: later changes do not alter it. Its
/// <see cref="Hierarchy"/> is what <c>engine.AssessHierarchy</c> gives for the same records. Immutable.
/// </summary>
public sealed class LiveSnapshot
{
    private readonly Dictionary<string, HouseholdAssessment> _households;

    internal LiveSnapshot(long version, PolicyProfile profile, Dictionary<string, HouseholdAssessment> households, HierarchyAssessment hierarchy)
    {
        Version = version;
        Profile = profile;
        _households = households;
        Hierarchy = hierarchy;
    }

    /// <summary>The version: the sequence number of the last change applied before the snapshot.</summary>
    public long Version { get; }

    /// <summary>The profile every assessment of the snapshot was made under.</summary>
    public PolicyProfile Profile { get; }

    /// <summary>The households, villages and counties as a roll-up: per county its assessment and its villages', province totals.</summary>
    public HierarchyAssessment Hierarchy { get; }

    /// <summary>How many households with an id the register held.</summary>
    public int HouseholdCount => _households.Count;

    /// <summary>The household ids held, in no particular order.</summary>
    public IEnumerable<string> HouseholdIds => _households.Keys;

    /// <summary>The assessment of the household with <paramref name="id"/>, or <c>null</c> when none was held.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public HouseholdAssessment? Household(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _households.GetValueOrDefault(id);
    }
}
