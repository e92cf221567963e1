namespace PovertyRules.Planning;

/// <summary>One county's inputs to the factor method. Immutable; a <c>null</c> is a figure not recorded, refused when its factor has a weight.</summary>
/// <param name="Code">The county's 6-digit code; ties in rounding go to the lower code.</param>
/// <param name="Name">The county's name, for reports.</param>
/// <param name="PoorPeople">The registered poor people.</param>
/// <param name="RuralPopulation">The rural registered population (the incidence's denominator); positive.</param>
/// <param name="RuralIncomePerCapita">The rural per-capita disposable income in yuan; positive (the factor is its inverse).</param>
/// <param name="Grade">The last annual assessment's grade (a key of the profile's <c>allocationGradeScores</c>, e.g. <c>A</c>).</param>
public sealed record AllocationCounty(string Code, string Name, long? PoorPeople, long? RuralPopulation, decimal? RuralIncomePerCapita, string? Grade);
