using PovertyRules.Assessment;

namespace PovertyRules.Live;

/// <summary>How many records of a live register have each status at one version. Immutable.</summary>
/// <param name="Version">The version counted.</param>
/// <param name="Households">The register's households by status (those repeated at load, which it does not hold, left out).</param>
/// <param name="Villages">Described villages by status.</param>
/// <param name="Counties">Described counties by status.</param>
public sealed record LiveCounts(
    long Version,
    IReadOnlyDictionary<HouseholdStatus, int> Households,
    IReadOnlyDictionary<VillageStatus, int> Villages,
    IReadOnlyDictionary<CountyStatus, int> Counties)
{
    /// <summary>Households with <paramref name="status"/>.</summary>
    public int Of(HouseholdStatus status) => Households.GetValueOrDefault(status);

    /// <summary>Described villages with <paramref name="status"/>.</summary>
    public int Of(VillageStatus status) => Villages.GetValueOrDefault(status);

    /// <summary>Described counties with <paramref name="status"/>.</summary>
    public int Of(CountyStatus status) => Counties.GetValueOrDefault(status);
}
