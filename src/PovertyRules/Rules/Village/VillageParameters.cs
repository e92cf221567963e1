using PovertyRules.Policy;

namespace PovertyRules.Rules.Village;

/// <summary>A profile's village parameters resolved once for fast reading by the village rules.</summary>
internal sealed class VillageParameters
{
    public VillageParameters(PolicyProfile profile)
    {
        Profile = profile;
        IncidenceThreshold = new Threshold(profile.VillageIncidenceThreshold.Value, PassingSide.Below);
        WesternIncidenceThreshold = new Threshold(profile.WesternVillageIncidenceThreshold.Value, PassingSide.Below);
        MinimumCollectiveIncome = profile.VillageMinimumCollectiveIncome.Value is { } minimum ? new Threshold(minimum, PassingSide.AtLeast) : null;
        ApplicableMask = VillageCriteria.Catalog.ApplicableUnder(profile);
    }

    public PolicyProfile Profile { get; }

    public Threshold IncidenceThreshold { get; }

    public Threshold WesternIncidenceThreshold { get; }

    /// <summary>The collective income a village must reach; <c>null</c> when the profile sets none (the criterion does not apply).</summary>
    public Threshold? MinimumCollectiveIncome { get; }

    /// <summary>Bit i set when criterion i of <see cref="VillageCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }
}
