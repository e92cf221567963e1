namespace PovertyRules.Synthetic;

/// <summary>A county of a <see cref="SyntheticPopulation"/>. Immutable.</summary>
/// <param name="Code">The 6-digit county code.</param>
/// <param name="VillageCount">How many of the population's villages lie in it.</param>
/// <param name="HouseholdCount">How many of the population's households live in it.</param>
public sealed record SyntheticCounty(string Code, int VillageCount, long HouseholdCount);
