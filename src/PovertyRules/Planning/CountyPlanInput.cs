using System.Collections.Immutable;

namespace PovertyRules.Planning;

/// <summary>One county's planning inputs. Immutable.</summary>
/// <param name="Code">The county's 6-digit code (GB/T 2260); its first two digits and the profile's overrides decide its region.</param>
/// <param name="Name">The county's name, for reports.</param>
/// <param name="RuralPopulation">The rural registered population, the denominator of the incidence; positive.</param>
/// <param name="RegisteredPoor">The registered poor people at the end of the base year.</param>
/// <param name="PlannedReductions">
/// The county's own planned reduction (people lifted out) per year; <c>null</c> when the province's yearly targets are
/// split across the counties instead (<see cref="SplitRule"/>).
/// </param>
public sealed record CountyPlanInput(string Code, string Name, long RuralPopulation, long RegisteredPoor, ImmutableSortedDictionary<int, long>? PlannedReductions = null);
