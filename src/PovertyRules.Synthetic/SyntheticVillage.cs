namespace PovertyRules.Synthetic;

/// <summary>A village of a <see cref="SyntheticPopulation"/>. Immutable.</summary>
/// <param name="Code">The 12-digit village code.</param>
/// <param name="CountyCode">The 6-digit county code (the first six digits of <paramref name="Code"/>).</param>
/// <param name="FirstHousehold">The position of its first household in the population's sequence.</param>
/// <param name="HouseholdCount">How many of the population's households live in it.</param>
public sealed record SyntheticVillage(string Code, string CountyCode, long FirstHousehold, int HouseholdCount);
