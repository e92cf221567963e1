namespace PovertyRules.Planning;

/// <summary>One county's projection at the end of one year. Immutable.</summary>
/// <param name="Year">The year.</param>
/// <param name="Reduction">The people lifted out in the year (0 for the base year).</param>
/// <param name="Remaining">The registered poor people left at the end of the year; never below zero.</param>
/// <param name="Incidence">The projected incidence, <see cref="Remaining"/> / rural population.</param>
/// <param name="WithinThreshold">Whether the incidence passes the county's threshold under the profile's comparison (and the register-incidence gate, where the profile sets one).</param>
public sealed record ProjectedYear(int Year, long Reduction, long Remaining, decimal Incidence, bool WithinThreshold);
