using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>What a village's and a county's parameters share: the profile and the incidence threshold of each region, compared as the level's rule says.</summary>
internal abstract class AreaParameters(PolicyProfile profile, decimal incidenceThreshold, decimal westernIncidenceThreshold, PassingSide incidenceSide)
{
    public PolicyProfile Profile { get; } = profile;

    public Threshold IncidenceThreshold { get; } = new(incidenceThreshold, incidenceSide);

    public Threshold WesternIncidenceThreshold { get; } = new(westernIncidenceThreshold, incidenceSide);

    /// <summary>Bit i set when criterion i of the level's catalog applies under the profile.</summary>
    public abstract int ApplicableMask { get; }
}
