using PovertyRules.Policy;

namespace PovertyRules.Rules.Village;

/// <summary>A profile's village parameters resolved once for fast reading by the village rules.</summary>
internal sealed class VillageParameters : AreaParameters
{
    public VillageParameters(PolicyProfile profile)
        : base(profile, profile.VillageIncidenceThreshold.Value, profile.WesternVillageIncidenceThreshold.Value, PassingSide.Below)
    {
        MinimumCollectiveIncome = profile.VillageMinimumCollectiveIncome.Value is { } minimum ? new Threshold(minimum, PassingSide.AtLeast) : null;
        ApplicableMask = VillageCriteria.Catalog.ApplicableUnder(profile);
    }

    /// <summary>The collective income a village must reach; <c>null</c> when the profile sets none (the criterion does not apply).</summary>
    public Threshold? MinimumCollectiveIncome { get; }

    /// <summary>Bit i set when criterion i of <see cref="VillageCriteria.Catalog"/> applies under this profile.</summary>
    public override int ApplicableMask { get; }
}
